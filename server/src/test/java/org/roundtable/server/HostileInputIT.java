package org.roundtable.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.LongAdder;
import org.junit.jupiter.api.Test;
import org.roundtable.server.HostileRequests.Request;
import org.roundtable.server.HostileRequests.Target;
import org.roundtable.server.support.Api;
import org.roundtable.server.support.Roundtable;
import org.roundtable.server.support.RoundtableIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Fault test 6: ten thousand malformed or hostile requests, generated from a seed against a partnership
 * in full swing, are each answered by a 4xx RFC 9457 problem, and none stores an event. The seed is
 * printed; {@code -Dhostile.seed=...} replays a run and {@code -Dhostile.requests=...} changes its length.
 */
@RoundtableIntegrationTest
class HostileInputIT {

    static final long SEED = Long.getLong("hostile.seed", 20_261_122L);
    static final int REQUESTS = Integer.getInteger("hostile.requests", 10_000);
    /** The server runs in this JVM: a few senders keep it busy without starving it. */
    static final int SENDERS = 8;
    /** How many faults a failing run prints in full. */
    static final int SHOWN = 20;

    @Autowired
    Api api;

    @Autowired
    Roundtable table;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void tenThousandHostileRequestsAreEachAProblemAndStoreNothing() throws InterruptedException {
        Target target = aPartnershipInFullSwing();
        long streamBefore = streamLength(target.partnership());
        long storeBefore = storeLength();

        long started = System.nanoTime();
        Figures figures = send(new HostileRequests(SEED, target));
        double seconds = (System.nanoTime() - started) / 1e9;

        long stored = storeLength() - storeBefore;
        long acknowledged = figures.acknowledged();
        // An acknowledged write without its event would be lost, an event beyond the acknowledged writes a
        // duplicate or a refusal that stored something: with nothing acknowledged, all of it must be 0.
        System.out.printf(
                "Hostile input, seed %d: %d requests in %.1f s; by status %s; acknowledged %d, stored %d, "
                        + "lost %d, duplicated %d, 5xx %d, not a problem %d%n",
                SEED,
                REQUESTS,
                seconds,
                figures.byStatus(),
                acknowledged,
                stored,
                Math.max(0, acknowledged - stored),
                Math.max(0, stored - acknowledged),
                figures.serverErrors(),
                figures.faults.size());
        List<String> shown = figures.faults.stream().limit(SHOWN).toList();
        shown.forEach(fault -> System.out.println("  " + fault));

        assertThat(figures.faults.size())
                .as(
                        "requests not answered with a 4xx problem (seed %d), the first %d:%n%s",
                        SEED, shown.size(), String.join("\n", shown))
                .isZero();
        assertThat(streamLength(target.partnership()))
                .as("the partnership's stream")
                .isEqualTo(streamBefore);
        assertThat(stored).as("events stored by hostile requests").isZero();
    }

    /**
     * A partnership with partners, an open proposal with a vote, a meeting with a speaking turn, a
     * pledge with a delivery, a signed contract and a lesson: every write has real ids to aim at, and
     * every rule something to refuse.
     */
    private Target aPartnershipInFullSwing() {
        String partnership = table.formPartnership("CONSENT");
        String city = table.admit(partnership, "City of Riverside", "PUBLIC");
        String mill = table.admit(partnership, "Paper Mill Ltd", "PRIVATE");
        table.admit(partnership, "Friends of the River", "CIVIL_SOCIETY");
        String proposal = table.submit(partnership, city, "OBJECTIVE", "Swimmable by 2030", null);
        table.voteAccepted(partnership, proposal, mill, "AGREE");
        String meeting = table.recordMeeting(partnership, "Spring forum", "2026-03-01T18:00:00Z");
        assertThat(table.attend(partnership, meeting, city, mill).status()).isEqualTo(204);
        assertThat(table.contribute(partnership, meeting, city, 300).status()).isEqualTo(204);
        String pledge = table.pledge(partnership, mill, "FUNDING", "10000", "EUR");
        assertThat(table.deliver(partnership, pledge, "2500").status()).isEqualTo(200);
        int version = table.draft(partnership, "We share the data on the river");
        table.signAccepted(partnership, city, version);
        String lesson = table.logLesson(partnership, city, null, "Start with the data");
        return new Target(partnership, city, proposal, meeting, pledge, lesson);
    }

    /** Sends every request from a few threads, generated in order on this one so that a seed replays a run. */
    private Figures send(HostileRequests requests) throws InterruptedException {
        Figures figures = new Figures();
        Api hostile = api.malformedOnPurpose();
        ExecutorService senders = Executors.newFixedThreadPool(SENDERS);
        // a bound on the requests waiting, some of which hold a megabyte
        Semaphore waiting = new Semaphore(SENDERS * 2);
        try {
            for (int i = 0; i < REQUESTS; i++) {
                Request request = requests.next();
                waiting.acquire();
                senders.execute(() -> {
                    try {
                        figures.record(
                                request,
                                hostile.sendBytes(
                                        request.method(),
                                        request.path(),
                                        request.body(),
                                        request.contentType(),
                                        request.chunked()));
                    } catch (RuntimeException | AssertionError failure) {
                        figures.faults.add(request + " failed: " + failure);
                    } finally {
                        waiting.release();
                    }
                });
            }
        } finally {
            senders.shutdown();
            assertThat(senders.awaitTermination(2, TimeUnit.MINUTES))
                    .as("all requests answered")
                    .isTrue();
        }
        return figures;
    }

    /** The answers by status, and the requests whose answer was not a 4xx problem. */
    private static final class Figures {

        final Map<Integer, LongAdder> statuses = new ConcurrentHashMap<>();
        final Queue<String> faults = new ConcurrentLinkedQueue<>();

        void record(Request request, Api.Response response) {
            statuses.computeIfAbsent(response.status(), status -> new LongAdder())
                    .increment();
            String fault = faultOf(response);
            if (fault != null) {
                faults.add("%s answered %d: %s".formatted(request, response.status(), fault));
            }
        }

        /** Why the answer is not a 4xx problem of the API's shape; null when it is one. */
        private static String faultOf(Api.Response response) {
            if (response.status() < 400 || response.status() > 499) {
                return abbreviated(response.body());
            }
            try {
                response.problem(response.status());
                return null;
            } catch (AssertionError | RuntimeException notAProblem) {
                return notAProblem.getMessage().lines().findFirst().orElse("") + " in " + response.contentType() + " "
                        + abbreviated(response.body());
            }
        }

        Map<Integer, Long> byStatus() {
            Map<Integer, Long> sorted = new TreeMap<>();
            statuses.forEach((status, count) -> sorted.put(status, count.sum()));
            return sorted;
        }

        long acknowledged() {
            return countOf(200, 299);
        }

        long serverErrors() {
            return countOf(500, 599);
        }

        private long countOf(int from, int to) {
            return byStatus().entrySet().stream()
                    .filter(entry -> entry.getKey() >= from && entry.getKey() <= to)
                    .mapToLong(Map.Entry::getValue)
                    .sum();
        }
    }

    private long streamLength(String partnership) {
        return jdbc.queryForObject(
                "SELECT count(*) FROM domain_event_entry WHERE aggregate_identifier = ?", Long.class, partnership);
    }

    /** Every event of every partnership: a hostile request may have aimed at another, or formed one. */
    private long storeLength() {
        return jdbc.queryForObject("SELECT count(*) FROM domain_event_entry", Long.class);
    }

    private static String abbreviated(String text) {
        return text == null || text.length() <= 200 ? text : text.substring(0, 200) + "...";
    }
}
