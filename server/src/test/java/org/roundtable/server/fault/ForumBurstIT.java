package org.roundtable.server.fault;

import static org.assertj.core.api.SoftAssertions.assertSoftly;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.roundtable.server.support.Roundtable;
import org.roundtable.testsupport.PrivateCluster;
import org.roundtable.testsupport.TestPostgres;

/**
 * A whole forum votes at the end of a meeting: every representative at the same moment, on one proposal,
 * each for its own partner, through one server and through two on one PostgreSQL, each with a pool of ten
 * connections. Every vote must be carried out (2xx, no 503, no 409), stored exactly once, and nothing may
 * be stored that was not acknowledged; the servers' logs must hold no error while they do it.
 */
class ForumBurstIT {

    /** Each client sends this many votes, one after the other, changing its vote each time. */
    private static final int VOTES_EACH = 3;

    private static final String POOL = "--spring.datasource.hikari.maximum-pool-size=10";

    static PrivateCluster database;
    static ServerInstance first;
    static ServerInstance second;

    @BeforeAll
    static void start() throws Exception {
        database = TestPostgres.privateCluster("forum-burst");
        first = ServerInstance.launch("forum-burst-a", database, POOL);
        second = ServerInstance.launch("forum-burst-b", database, POOL);
        first.awaitReady();
        second.awaitReady();
    }

    @AfterAll
    static void stop() {
        for (AutoCloseable closeable : new AutoCloseable[] {first, second, database}) {
            try {
                if (closeable != null) {
                    closeable.close();
                }
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }
    }

    @Test
    void fortyEightRepresentativesVotingAtOnceThroughOneServerAreAllCarriedOut() throws Exception {
        burst(48, List.of(first));
    }

    @Test
    void twoHundredRepresentativesVotingAtOnceThroughOneServerAreAllCarriedOut() throws Exception {
        burst(200, List.of(first));
    }

    @Test
    void fortyEightRepresentativesVotingAtOnceThroughTwoServersAreAllCarriedOut() throws Exception {
        burst(48, List.of(first, second));
    }

    @Test
    void twoHundredRepresentativesVotingAtOnceThroughTwoServersAreAllCarriedOut() throws Exception {
        burst(200, List.of(first, second));
    }

    private static void burst(int representatives, List<ServerInstance> servers) throws Exception {
        Roundtable table = new Roundtable(first.api());
        String partnership = table.formPartnership("MAJORITY");
        List<String> partners = new ArrayList<>();
        for (int i = 0; i < representatives; i++) {
            partners.add(table.admit(partnership, "Partner " + i, i % 2 == 0 ? "PUBLIC" : "COMMUNITY"));
        }
        String proposal = table.submit(partnership, partners.get(0), "OBJECTIVE", "Open the river banks", null);
        String keyPrefix = "burst-" + UUID.randomUUID().toString().substring(0, 8) + "-";
        List<Long> logsBefore = servers.stream().map(ServerInstance::logLength).toList();

        Burst.Result result = Burst.of(representatives, VOTES_EACH, (voter, n) -> {
            String key = keyPrefix + voter + "-" + n;
            ServerInstance server = servers.get(voter % servers.size());
            // Half the clients name each vote with an Idempotency-Key, so both paths of a write are in the burst.
            return new Burst.Request(
                    server.uri(),
                    voter % 4 < 2 ? key : null,
                    Roundtable.proposal(partnership, proposal) + "/votes",
                    """
                            {"partnerId": "%s", "choice": "%s", "rationale": "%s"}""".formatted(partners.get(voter), n % 2 == 0 ? "AGREE" : "DISAGREE", key));
        });

        Map<String, Integer> stored = StoredEvents.of(database).countsByKey(keyPrefix);
        List<String> logErrors = new ArrayList<>();
        for (int i = 0; i < servers.size(); i++) {
            logErrors.addAll(servers.get(i).logErrorsSince(logsBefore.get(i)));
        }
        String figures = "BURST FIGURES %d clients on %d server(s): %s stored=%d log-errors=%d"
                .formatted(
                        representatives,
                        servers.size(),
                        result.describe(),
                        stored.values().stream().mapToInt(Integer::intValue).sum(),
                        logErrors.size());
        System.out.println(figures);

        assertSoftly(softly -> {
            softly.assertThat(result.statusCounts())
                    .as("answers by status; %s", figures)
                    .containsOnlyKeys(204);
            softly.assertThat(stored)
                    .as("votes stored, each under its key; %s", figures)
                    .containsOnlyKeys(result.acknowledged())
                    .allSatisfy((key, count) -> softly.assertThat(count)
                            .as("events stored for %s", key)
                            .isEqualTo(1));
            softly.assertThat(stored.keySet())
                    .as("acknowledged votes stored; %s", figures)
                    .containsAll(result.acknowledged());
            softly.assertThat(logErrors)
                    .as("errors and stack traces in the servers' logs")
                    .isEmpty();
        });
    }
}
