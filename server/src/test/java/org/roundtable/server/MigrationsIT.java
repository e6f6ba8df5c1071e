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
                        tuple("13", "witnesses", MigrationState.SUCCESS));
    }

    /**
     * Counters kept before they were filed per segment cannot be split without the events: an upgrade
     * empties the two counting views and forgets their processors' tokens, so that they replay the store
     * on the next start, and leaves every other view's token alone.
     */
    @Test
    void theUpgradeToSegmentsReplaysTheParticipationAndPowerBalanceViews() {
        String schema = "upgrade_" + UUID.randomUUID().toString().replace("-", "");
        Flyway before = Flyway.configure()
                .configuration(flyway.getConfiguration())
                .schemas(schema)
                .createSchemas(true)
                .target("10")
                .load();
        before.migrate();
        JdbcTemplate jdbc = new JdbcTemplate(flyway.getConfiguration().getDataSource());
        for (String processor : List.of("participation", "power-balance", "decisions")) {
            jdbc.update(
                    "INSERT INTO %s.token_entry (processor_name, segment) VALUES (?, 0)".formatted(schema), processor);
        }
        jdbc.update(
                "INSERT INTO %s.participation_partnership (partnership_id) VALUES (?)".formatted(schema),
                UUID.randomUUID());

        Flyway.configure()
                .configuration(flyway.getConfiguration())
                .schemas(schema)
                .load()
                .migrate();

        try {
            assertThat(jdbc.queryForList("SELECT processor_name FROM %s.token_entry".formatted(schema), String.class))
                    .containsExactly("decisions");
            assertThat(jdbc.queryForObject(
                            "SELECT count(*) FROM %s.participation_partnership".formatted(schema), Integer.class))
                    .isZero();
        } finally {
            jdbc.execute("DROP SCHEMA " + schema + " CASCADE");
        }
    }
}
