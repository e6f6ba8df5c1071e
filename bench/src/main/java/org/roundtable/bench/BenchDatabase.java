package org.roundtable.bench;

import java.io.IOException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;
import org.roundtable.testsupport.PostgresDatabase;
import org.roundtable.testsupport.PrivateCluster;
import org.roundtable.testsupport.TestPostgres;

/**
 * The PostgreSQL the benchmark owns: the one named by ROUNDTABLE_BENCH_DB_URL (with _USER and _PASSWORD),
 * whose schema {@code public} it empties first, else a private embedded cluster of its own. Either way fsync
 * and synchronous commit must be on, since a figure won on a database that may lose acknowledged events would
 * mean nothing.
 */
final class BenchDatabase implements AutoCloseable {

    /** The environment's prefix of the benchmark's own server, apart from the tests' ROUNDTABLE_TEST_DB_URL. */
    static final String NAMED = "ROUNDTABLE_BENCH_DB";

    private final PrivateCluster cluster;
    private final PostgresDatabase database;

    private BenchDatabase(PrivateCluster cluster, PostgresDatabase database) {
        this.cluster = cluster;
        this.database = database;
    }

    /** The database named by the environment if it names one, else a new embedded one. */
    static BenchDatabase open() throws IOException, SQLException {
        Optional<PostgresDatabase> named = TestPostgres.named(NAMED);
        BenchDatabase database;
        if (named.isPresent()) {
            database = new BenchDatabase(null, named.get());
        } else {
            PrivateCluster cluster = TestPostgres.privateCluster("bench");
            database = new BenchDatabase(cluster, cluster.database());
        }
        try {
            database.requireDurable();
            if (database.cluster == null) {
                database.emptySchema();
            }
            return database;
        } catch (SQLException | RuntimeException e) {
            database.close();
            throw e;
        }
    }

    String url() {
        return database.jdbcUrl();
    }

    String user() {
        return database.user();
    }

    String password() {
        return database.password();
    }

    /** For the table: "embedded PostgreSQL 17.6" or "PostgreSQL 15.8 at jdbc:…". */
    String describe() throws SQLException {
        String version = setting("server_version");
        return cluster != null ? "embedded PostgreSQL " + version : "PostgreSQL " + version + " at " + url();
    }

    Connection connect() throws SQLException {
        return database.connect();
    }

    private void requireDurable() throws SQLException {
        for (String setting : new String[] {"fsync", "synchronous_commit"}) {
            if (!"on".equals(setting(setting))) {
                throw new IllegalStateException("%s is %s on %s: the benchmark measures a durable server only"
                        .formatted(setting, setting(setting), url()));
            }
        }
    }

    private String setting(String name) throws SQLException {
        try (Connection connection = connect();
                Statement show = connection.createStatement();
                ResultSet value = show.executeQuery("SHOW " + name)) {
            value.next();
            return value.getString(1);
        }
    }

    /** A named database may hold an earlier run's data: the server's migrations start again from nothing. */
    private void emptySchema() throws SQLException {
        try (Connection connection = connect();
                Statement drop = connection.createStatement()) {
            drop.execute("DROP SCHEMA IF EXISTS public CASCADE");
            drop.execute("CREATE SCHEMA public");
        }
    }

    @Override
    public void close() throws IOException {
        if (cluster != null) {
            cluster.close();
        }
    }
}
