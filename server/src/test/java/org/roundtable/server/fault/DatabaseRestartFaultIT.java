package org.roundtable.server.fault;

import static org.assertj.core.api.SoftAssertions.assertSoftly;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.roundtable.server.support.Api;
import org.roundtable.server.support.Roundtable;
import org.roundtable.testsupport.PrivateCluster;
import org.roundtable.testsupport.TestPostgres;

/**
 * Fault test 4: PostgreSQL is restarted in immediate mode (as {@code pg_ctlcluster ...
 * restart -m immediate} does) in the middle of a load. The server is left alone: its clients may
 * see 503s, never a 500, it takes writes again once the database is back, its views resume, and
 * nothing it acknowledged is lost or stored twice.
 */
class DatabaseRestartFaultIT {

    static final int RATE = 200;
    static final Duration LOAD = Duration.ofSeconds(5);
    static final Duration RESTART_AFTER = Duration.ofSeconds(2);

    static PrivateCluster database;
    static ServerInstance server;

    @BeforeAll
    static void start() throws Exception {
        database = TestPostgres.privateCluster("database-restart");
        server = ServerInstance.start("database-restart-server", database);
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
    void theServerAnswers503WhileTheDatabaseRestartsAndLosesNothingItAcknowledged() throws Exception {
        MixedLoad load = MixedLoad.prepare(
                server.api(), "db-restart-" + UUID.randomUUID().toString().substring(0, 8) + "-", 20, 3);
        Clients clients = new Clients();

        MixedLoad.Run run =
                load.run(clients, command -> server.uri(), RATE, LOAD, RESTART_AFTER, database::restartImmediately);

        Figures figures = Figures.of(
                        getClass().getSimpleName(),
                        clients,
                        StoredEvents.of(database).countsByKey(load.keyPrefix()))
                .note(run)
                .note("database-down-ms", run.faultMillis());
        String lessonRead;
        List<String> differences;
        try {
            // The views first work off what the load left them, so that the read below waits for one write only.
            Projections.awaitCaughtUp(database, List.of(server));
            lessonRead = aWriteAfterTheRestartShowsInItsView();
            Projections.awaitCaughtUp(database, List.of(server));
            differences = Projections.differencesFromRebuild(database, server, figures);
        } finally {
            figures.print();
        }
        assertSoftly(softly -> {
            softly.assertThat(figures.unavailable())
                    .as("503 answers while the database was down; %s", figures.describe())
                    .isPositive();
            figures.assertNothingLostOrDuplicated(softly);
            softly.assertThat(lessonRead)
                    .as("a lesson logged after the restart, read at its sequence")
                    .contains("Logged once the database was back");
            softly.assertThat(differences)
                    .as("views resumed after the restart against their rebuild")
                    .isEmpty();
        });
    }

    /** Logs a lesson and reads the lessons at the sequence its write answered: the view's processor must have resumed. */
    private static String aWriteAfterTheRestartShowsInItsView() {
        Roundtable table = new Roundtable(server.api());
        String partnership = table.formPartnership("CONSENT");
        String partner = table.admit(partnership, "City of Riverside", "PUBLIC");
        Api.Response logged =
                server.api().post(Roundtable.partnership(partnership) + "/lessons", """
                {"partnerId": "%s", "title": "Logged once the database was back", "text": "No restart needed"}""".formatted(partner));
        Api.Response read =
                server.api().get(Roundtable.partnership(partnership) + "/lessons?minSequence=" + logged.sequence());
        return read.status() + " " + read.body();
    }
}
