package org.roundtable.testsupport;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;

/** How every embedded cluster of the tests and the benchmark is started, and what it holds once it runs. */
final class EmbeddedClusters {

    static final String DATABASE = "roundtable";
    static final String USER = "roundtable";
    static final String PASSWORD = "roundtable";

    /** Ample against the second or so that crash recovery of a test's write-ahead log takes. */
    static final Duration PATIENCE = Duration.ofSeconds(30);

    private EmbeddedClusters() {}

    /**
     * Durable as the server's embedded default runs: zonky turns fsync and synchronous commit off for speed,
     * but the fault tests test durability, and the benchmark's figures mean nothing on a database that may
     * lose acknowledged events.
     */
    static EmbeddedPostgres.Builder durable() {
        return EmbeddedPostgres.builder()
                .setServerConfig("fsync", "on")
                .setServerConfig("synchronous_commit", "on")
                .setPGStartupWait(PATIENCE);
    }

    /**
     * Creates the role and the database the servers use, so that a test logs in as it would on any other
     * PostgreSQL rather than as the cluster's superuser.
     */
    static PostgresDatabase createRoleAndDatabase(EmbeddedPostgres postgres) throws SQLException {
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
                Statement statement = connection.createStatement()) {
            statement.execute("CREATE ROLE " + USER + " LOGIN PASSWORD '" + PASSWORD + "'");
            statement.execute("CREATE DATABASE " + DATABASE + " OWNER " + USER);
        }
        return database(postgres.getPort());
    }

    static PostgresDatabase database(int port) {
        return new PostgresDatabase("jdbc:postgresql://localhost:%d/%s".formatted(port, DATABASE), USER, PASSWORD);
    }
}
