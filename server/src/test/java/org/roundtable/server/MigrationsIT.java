package org.roundtable.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationState;
import org.junit.jupiter.api.Test;
import org.roundtable.server.support.RoundtableIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;

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
                        tuple("10", "loops evidence and gates", MigrationState.SUCCESS));
    }
}
