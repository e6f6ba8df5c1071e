package org.roundtable.server.fault;

import static org.assertj.core.api.SoftAssertions.assertSoftly;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.roundtable.testsupport.PrivateCluster;
import org.roundtable.testsupport.TestPostgres;

/**
 * Fault test 3: the server is killed with kill -9 in the middle of a load of about 200
 * commands a second and started again, while its clients go on retrying. Every acknowledged command
 * must be stored exactly once, and the views must converge to what a rebuild from scratch makes.
 */
class CrashFaultIT {

    static final int RATE = 200;
    static final Duration LOAD = Duration.ofSeconds(5);
    static final Duration KILL_AFTER = Duration.ofSeconds(2);

    static PrivateCluster database;
    static ServerInstance server;

    @BeforeAll
    static void start() throws Exception {
        database = TestPostgres.privateCluster("crash");
        // The restarted server runs under a new pid, so under a new token-claim owner: it waits out
        // the dead one's claims before its views resume. 3 s instead of Axon's 10 keeps the test short.
        server = ServerInstance.start("crash-server", database, "--axon.eventhandling.tokenstore.claim-timeout=3s");
    }

    @AfterAll
    static void stop() throws Exception {
        if (server != null) {
            server.close();
        }
        if (database != null) {
            database.close();
        }
    }

    @Test
    void everyAcknowledgedCommandSurvivesAKillAndTheViewsEqualARebuild() throws Exception {
        MixedLoad load = MixedLoad.prepare(
                server.api(), "crash-" + UUID.randomUUID().toString().substring(0, 8) + "-", 20, 3);
        Clients clients = new Clients();

        MixedLoad.Run run = load.run(clients, command -> server.uri(), RATE, LOAD, KILL_AFTER, () -> {
            server.kill();
            server.restart();
        });

        Figures figures = Figures.of(
                        getClass().getSimpleName(),
                        clients,
                        StoredEvents.of(database).countsByKey(load.keyPrefix()))
                .note(run)
                .note("down-ms", run.faultMillis());
        List<String> differences;
        try {
            Projections.awaitCaughtUp(database, List.of(server));
            differences = Projections.differencesFromRebuild(database, server, figures);
        } finally {
            figures.print();
        }
        assertSoftly(softly -> {
            softly.assertThat(clients.connectionErrors())
                    .as("requests the kill cut off; %s", figures.describe())
                    .isPositive();
            figures.assertNothingLostOrDuplicated(softly);
            softly.assertThat(differences)
                    .as("converged views against their rebuild")
                    .isEmpty();
        });
    }
}
