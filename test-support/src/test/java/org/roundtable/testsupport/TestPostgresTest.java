package org.roundtable.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TestPostgresTest {

    @Test
    void aServerIsNamedOnlyByItsUrlAndItsRoleDefaultsToRoundtable() {
        assertThat(TestPostgres.named("X", Map.of())).isEmpty();
        assertThat(TestPostgres.named("X", Map.of("X_URL", " ", "X_USER", "someone")))
                .isEmpty();
        assertThat(TestPostgres.named("X", Map.of("X_URL", "jdbc:postgresql://db/x", "X_PASSWORD", "")))
                .contains(new PostgresDatabase("jdbc:postgresql://db/x", "roundtable", "roundtable"));
        assertThat(TestPostgres.named("X", Map.of("X_URL", "jdbc:postgresql://db/x", "X_USER", "u", "X_PASSWORD", "p")))
                .contains(new PostgresDatabase("jdbc:postgresql://db/x", "u", "p"));
    }

    @Test
    void aPrivateClusterIsDurableKeepsWhatWasCommittedAcrossAnImmediateRestartAndIsDeletedOnClose() throws Exception {
        Path directory =
                Path.of("target", "test-postgres", "test-postgres-test").toAbsolutePath();
        try (PrivateCluster cluster = TestPostgres.privateCluster("test-postgres-test")) {
            try (Connection connection = cluster.connect();
                    Statement statement = connection.createStatement()) {
                assertThat(setting(statement, "fsync")).isEqualTo("on");
                assertThat(setting(statement, "synchronous_commit")).isEqualTo("on");
                statement.execute("CREATE TABLE kept (id int)");
                statement.execute("INSERT INTO kept VALUES (1)");
            }

            cluster.restartImmediately();

            try (Connection connection = cluster.connect();
                    Statement statement = connection.createStatement();
                    ResultSet kept = statement.executeQuery("SELECT count(*) FROM kept")) {
                kept.next();
                assertThat(kept.getInt(1)).isEqualTo(1);
            }
            assertThat(Files.readString(directory.resolve("postgres.log"))).contains("not properly shut down");
        }
        assertThat(directory.resolve("data")).doesNotExist();
        assertThat(directory.resolve("postgres.log")).exists();
    }

    private static String setting(Statement statement, String name) throws Exception {
        try (ResultSet value = statement.executeQuery("SHOW " + name)) {
            value.next();
            return value.getString(1);
        }
    }
}
