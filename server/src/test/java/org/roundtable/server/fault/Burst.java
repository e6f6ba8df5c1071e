package org.roundtable.server.fault;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import org.roundtable.server.support.Api;

/**
 * Many clients sending their writes at the same moment, each one write after the other, each write
 * exactly once: no retry, so that every answer counts as it came. Unlike {@link Clients}, which retries
 * until an answer is definite, a burst measures whether the server ever needed a retry.
 */
final class Burst {

    /** Longer than any write may take; a request still unanswered then fails the burst. */
    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(60);

    /**
     * One write of the burst.
     *
     * @param server         the server it is sent to
     * @param idempotencyKey its Idempotency-Key, or null to send it without one
     * @param path           the API path it is POSTed to
     * @param body           its JSON body, which carries a key of its own so that its event can be found
     */
    record Request(URI server, String idempotencyKey, String path, String body) {}

    /** The write that client {@code client} sends as its {@code n}th. */
    @FunctionalInterface
    interface Writes {
        Request of(int client, int n);
    }

    /**
     * What the burst got back.
     *
     * @param answers         each write's key (the rationale it carried) and status, in the order answered
     * @param latenciesMillis each answered write's round trip
     * @param unanswered      writes that got no answer at all
     * @param seconds         from the first write sent to the last answered
     */
    record Result(Map<String, Integer> answers, List<Long> latenciesMillis, List<String> unanswered, double seconds) {

        Map<Integer, Long> statusCounts() {
            Map<Integer, Long> counts = new TreeMap<>();
            answers.values().forEach(status -> counts.merge(status, 1L, Long::sum));
            unanswered.forEach(request -> counts.merge(0, 1L, Long::sum));
            return counts;
        }

        /** The keys of the writes answered 2xx. */
        Set<String> acknowledged() {
            return answers.entrySet().stream()
                    .filter(answer -> answer.getValue() / 100 == 2)
                    .map(Map.Entry::getKey)
                    .collect(Collectors.toSet());
        }

        long percentile(int p) {
            List<Long> sorted = latenciesMillis.stream().sorted().toList();
            return sorted.isEmpty() ? 0 : sorted.get(Math.min(sorted.size() - 1, sorted.size() * p / 100));
        }

        String describe() {
            return "writes=%d statuses=%s p50=%dms p99=%dms max=%dms writes/s=%.1f"
                    .formatted(
                            answers.size() + unanswered.size(),
                            statusCounts(),
                            percentile(50),
                            percentile(99),
                            percentile(100),
                            answers.size() / seconds);
        }
    }

    private static final HttpClient HTTP = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();
    private static final String AUTHORIZATION = "Basic "
            + Base64.getEncoder()
                    .encodeToString((Api.TESTER + ":" + Api.TESTER + "-secret").getBytes(StandardCharsets.UTF_8));

    private Burst() {}

    /**
     * Starts {@code clients} clients at the same moment, each sending {@code writesEach} writes one after
     * the other, and answers once every write is answered. Each write is known by the key its body carries
     * last ({@link #keyOf}).
     */
    static Result of(int clients, int writesEach, Writes writes) throws Exception {
        Map<String, Integer> answers = new ConcurrentHashMap<>();
        List<Long> latencies = new CopyOnWriteArrayList<>();
        List<String> unanswered = new CopyOnWriteArrayList<>();
        CountDownLatch ready = new CountDownLatch(clients);
        CountDownLatch go = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        long started;
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int client = 0; client < clients; client++) {
                int index = client;
                done.add(pool.submit(() -> {
                    ready.countDown();
                    go.await();
                    for (int n = 0; n < writesEach; n++) {
                        Request request = writes.of(index, n);
                        long sent = System.nanoTime();
                        Integer status = send(request);
                        if (status == null) {
                            unanswered.add(request.path() + " " + request.body());
                        } else {
                            latencies.add((System.nanoTime() - sent) / 1_000_000);
                            answers.put(keyOf(request), status);
                        }
                    }
                    return null;
                }));
            }
            ready.await();
            started = System.nanoTime();
            go.countDown();
            for (Future<?> client : done) {
                client.get();
            }
        } finally {
            pool.shutdownNow();
        }
        return new Result(
                Map.copyOf(answers),
                List.copyOf(latencies),
                List.copyOf(unanswered),
                (System.nanoTime() - started) / 1e9);
    }

    /** The key a write carries as the last string value of its body, as {@link StoredEvents#countsByKey} finds it. */
    static String keyOf(Request request) {
        String body = request.body();
        int end = body.lastIndexOf('"');
        int start = body.lastIndexOf('"', end - 1);
        return body.substring(start + 1, end);
    }

    private static Integer send(Request write) {
        HttpRequest.Builder request = HttpRequest.newBuilder(write.server().resolve(write.path()))
                .timeout(REQUEST_TIMEOUT)
                .header("Authorization", AUTHORIZATION)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(write.body()));
        if (write.idempotencyKey() != null) {
            request.header(Clients.IDEMPOTENCY_KEY, write.idempotencyKey());
        }
        try {
            return HTTP.send(request.build(), HttpResponse.BodyHandlers.discarding())
                    .statusCode();
        } catch (IOException noAnswer) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
