package org.roundtable.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationState;
import org.junit.jupiter.api.Test;
import org.roundtable.server.support.RoundtableIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The migrations live in the modules whose tables they create, the Java one among them: Flyway must find
 * them all on the classpath and list them as one sequence.
 */
@RoundtableIntegrationTest
class MigrationsIT {

    @Autowired
    Flyway flyway;

    @Test
    void everyModulesMigrationsAreAppliedAsOneSequenceWithoutAGap() {
        assertThat(flyway.info().all())
                .extracting(
                        migration -> migration.getVersion().getVersion(),
                        MigrationInfo::getDescription,
                        MigrationInfo::getState)
                .containsExactly(
                        tuple("1", "event store", MigrationState.SUCCESS),
                        tuple("2", "read views", MigrationState.SUCCESS),
                        tuple("3", "view positions", MigrationState.SUCCESS),
                        tuple("4", "chain stored events", MigrationState.SUCCESS),
                        tuple("5", "voice reports", MigrationState.SUCCESS),
                        tuple("6", "access view", MigrationState.SUCCESS),
                        tuple("7", "idempotency keys", MigrationState.SUCCESS),
                        tuple("8", "meetings by partnership", MigrationState.SUCCESS),
                        tuple("9", "indicators view", MigrationState.SUCCESS),
                        tuple("10", "loops evidence and gates", MigrationState.SUCCESS),
                        tuple("11", "voice reports by segment", MigrationState.SUCCESS),
                        tuple("12", "checkpoints", MigrationState.SUCCESS),
                        tuple("13", "witnesses", MigrationState.SUCCESS),
                        tuple("14", "one processor for every view", MigrationState.SUCCESS),
                        tuple("15", "electorate one row a proposal", MigrationState.SUCCESS),
                        tuple("16", "unused vote index dropped", MigrationState.SUCCESS));
    }

    /**
     * Counters kept before they were filed per segment cannot be split without the events: an upgrade
     * empties the two counting views and forgets their processors' tokens, so that they replay the store
     * on the next start, and leaves every other view's token alone.
     */
    @Test
    void theUpgradeToSegmentsReplaysTheParticipationAndPowerBalanceViews() {
        upgrade("10", "11", (jdbc, schema) -> {
            tokens(jdbc, schema, "participation", "power-balance", "decisions");
            jdbc.update(
                    "INSERT INTO %s.participation_partnership (partnership_id) VALUES (?)".formatted(schema),
                    UUID.randomUUID());
        });
    }

    /**
     * One processor now feeds every view: an upgrade empties every view and forgets the old processors'
     * tokens and positions, so that the new processor replays the store into every view on the next start,
     * and leaves any other processor's token alone.
     */
    @Test
    void theUpgradeToOneProcessorReplaysEveryView() {
        upgrade(
                "13",
                "14",
                (jdbc, schema) -> {
                    tokens(jdbc, schema, "access", "decisions", "participation", "indicators", "some-saga");
                    jdbc.update(
                            "INSERT INTO %s.lesson_partnership (partnership_id) VALUES (?)".formatted(schema),
                            UUID.randomUUID());
                    jdbc.update(
                            "INSERT INTO %s.view_position (view, partnership_id, sequence) VALUES ('lessons', ?, 3)"
                                    .formatted(schema),
                            UUID.randomUUID());
                },
                (jdbc, schema) -> {
                    assertThat(jdbc.queryForList(
                                    "SELECT processor_name FROM %s.token_entry".formatted(schema), String.class))
                            .containsExactly("some-saga");
                    for (String table : List.of("lesson_partnership", "view_position")) {
                        assertThat(jdbc.queryForObject(
                                        "SELECT count(*) FROM %s.%s".formatted(schema, table), Integer.class))
                                .as(table)
                                .isZero();
                    }
                });
    }

    /** A proposal's electors, one row each before, become its one row of the electorate, none lost. */
    @Test
    void theUpgradeKeepsEachProposalsElectorateInOneRow() {
        UUID proposal = UUID.randomUUID();
        List<UUID> electors = List.of(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID());
        upgrade(
                "14",
                "15",
                (jdbc, schema) -> {
                    for (UUID elector : electors) {
                        jdbc.update(
                                "INSERT INTO %s.decision_elector (proposal_id, partner_id, partnership_id, sector) VALUES (?, ?, ?, 'PUBLIC')"
                                        .formatted(schema),
                                proposal,
                                elector,
                                UUID.randomUUID());
                    }
                },
                (jdbc, schema) -> assertThat(jdbc.queryForList(
                                "SELECT unnest(partner_ids) FROM %s.decision_electorate WHERE proposal_id = ?"
                                        .formatted(schema),
                                UUID.class,
                                proposal))
                        .containsExactlyInAnyOrderElementsOf(electors));
    }

    private void upgrade(String from, String to, Setup setup) {
        upgrade(from, to, setup, (jdbc, schema) -> {
            assertThat(jdbc.queryForList("SELECT processor_name FROM %s.token_entry".formatted(schema), String.class))
                    .containsExactly("decisions");
            assertThat(jdbc.queryForObject(
                            "SELECT count(*) FROM %s.participation_partnership".formatted(schema), Integer.class))
                    .isZero();
        });
    }

    /** Migrates a schema of its own to {@code from}, sets it up as a server left it, migrates to {@code to}, checks. */
    private void upgrade(String from, String to, Setup setup, Setup check) {
        String schema = "upgrade_" + UUID.randomUUID().toString().replace("-", "");
        migrate(schema, from);
        JdbcTemplate jdbc = new JdbcTemplate(flyway.getConfiguration().getDataSource());
        try {
            setup.on(jdbc, schema);
            migrate(schema, to);
            check.on(jdbc, schema);
        } finally {
            jdbc.execute("DROP SCHEMA " + schema + " CASCADE");
        }
    }

    private void migrate(String schema, String target) {
        Flyway.configure()
                .configuration(flyway.getConfiguration())
                .schemas(schema)
                .createSchemas(true)
                .target(target)
                .load()
                .migrate();
    }

    private static void tokens(JdbcTemplate jdbc, String schema, String... processors) {
        for (String processor : processors) {
            jdbc.update(
                    "INSERT INTO %s.token_entry (processor_name, segment) VALUES (?, 0)".formatted(schema), processor);
        }
    }

    /** A step of an upgrade, on the upgraded schema. */
    private interface Setup {
        void on(JdbcTemplate jdbc, String schema);
    }
}
