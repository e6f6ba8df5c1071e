package org.roundtable.server.fault;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.LongAdder;
import org.roundtable.server.support.Api;

/**
 * The clients of a fault test, as a careful client of the API behaves: each command goes with an
 * {@code Idempotency-Key} of its own, and is sent again with the same key after a connection error
 * or a 503 until the server gives a definite answer, so that every command ends acknowledged (2xx)
 * or refused (4xx), never in doubt. They count every request and every answer.
 */
final class Clients {

    /** The header under which a client names one logical command across its retries. */
    static final String IDEMPOTENCY_KEY = "Idempotency-Key";

    /**
     * How long one command may go without a definite answer: a bound against a hung test. A server
     * restart takes 10 to 25 s, and the backlog of the load drains after it.
     */
    private static final Duration PATIENCE = Duration.ofSeconds(120);
    /** How long one request may take; longer counts as a connection error, and the command is sent again. */
    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(30);
    /** The first pause before a retry, doubled at each retry of a command up to {@link #LONGEST_PAUSE}. */
    private static final Duration FIRST_PAUSE = Duration.ofMillis(50);

    private static final Duration LONGEST_PAUSE = Duration.ofSeconds(1);
    private static final ObjectMapper JSON = new ObjectMapper();

    /**
     * A write of the API.
     *
     * @param key  the command's Idempotency-Key, which its payload also carries so that its event can be
     *             found in the store
     * @param path the path of the API it is sent to
     * @param body its JSON body
     */
    record Command(String key, String path, String body) {}

    /**
     * The definite answer to a command.
     *
     * @param status   its HTTP status
     * @param code     the problem's {@code code}; null for a 2xx
     * @param sequence its Roundtable-Sequence header; null when it had none
     */
    record Outcome(int status, String code, Long sequence) {

        boolean acknowledged() {
            return status / 100 == 2;
        }
    }

    private final HttpClient http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(2))
            .build();
    private final String authorization = "Basic "
            + Base64.getEncoder()
                    .encodeToString((Api.TESTER + ":" + Api.TESTER + "-secret").getBytes(StandardCharsets.UTF_8));

    private final ConcurrentMap<String, Outcome> outcomes = new ConcurrentHashMap<>();
    private final LongAdder requests = new LongAdder();
    private final LongAdder connectionErrors = new LongAdder();
    private final LongAdder unavailable = new LongAdder();
    private final List<String> serverErrors = new CopyOnWriteArrayList<>();

    /** POSTs the command to {@code server} until it answers definitely, and answers that. */
    Outcome send(URI server, Command command) {
        HttpRequest request = HttpRequest.newBuilder(server.resolve(command.path()))
                .timeout(REQUEST_TIMEOUT)
                .header("Authorization", authorization)
                .header("Content-Type", "application/json")
                .header(IDEMPOTENCY_KEY, command.key())
                .POST(HttpRequest.BodyPublishers.ofString(command.body()))
                .build();
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        Duration pause = FIRST_PAUSE;
        while (true) {
            if (System.nanoTime() - deadline > 0) {
                throw new IllegalStateException("No definite answer to " + command + " within " + PATIENCE);
            }
            requests.increment();
            HttpResponse<String> response = attempt(request);
            if (response == null || response.statusCode() == 503) {
                (response == null ? connectionErrors : unavailable).increment();
                Waiting.pause(pause);
                pause = longer(pause);
                continue;
            }
            Outcome outcome = outcome(response);
            if (response.statusCode() >= 500) {
                serverErrors.add(response.statusCode() + " to " + command.path() + ": " + response.body());
            }
            outcomes.put(command.key(), outcome);
            return outcome;
        }
    }

    /** The server's answer, or null when there was none: the connection was refused, reset or timed out. */
    private HttpResponse<String> attempt(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException noAnswer) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static Duration longer(Duration pause) {
        Duration doubled = pause.multipliedBy(2);
        return doubled.compareTo(LONGEST_PAUSE) > 0 ? LONGEST_PAUSE : doubled;
    }

    private static Outcome outcome(HttpResponse<String> response) {
        Long sequence =
                response.headers().firstValue(Api.SEQUENCE).map(Long::valueOf).orElse(null);
        if (response.statusCode() / 100 == 2) {
            return new Outcome(response.statusCode(), null, sequence);
        }
        return new Outcome(response.statusCode(), code(response.body()), sequence);
    }

    private static String code(String body) {
        try {
            JsonNode problem = JSON.readTree(body);
            return problem.path("code").asText("NO_CODE");
        } catch (IOException notJson) {
            return "NOT_A_PROBLEM";
        }
    }

    /** The definite answers so far, by command key. */
    Map<String, Outcome> outcomes() {
        return Map.copyOf(outcomes);
    }

    long requests() {
        return requests.sum();
    }

    long connectionErrors() {
        return connectionErrors.sum();
    }

    long unavailable() {
        return unavailable.sum();
    }

    /** Answers with a 5xx other than 503, each as "status to path: body". */
    List<String> serverErrors() {
        return List.copyOf(serverErrors);
    }

    /** The refusals (definite 4xx answers) by problem code. */
    Map<String, Long> refusals() {
        Map<String, Long> refused = new TreeMap<>();
        outcomes.values().stream()
                .filter(outcome -> outcome.status() / 100 == 4)
                .forEach(outcome -> refused.merge(outcome.code(), 1L, Long::sum));
        return refused;
    }
}
