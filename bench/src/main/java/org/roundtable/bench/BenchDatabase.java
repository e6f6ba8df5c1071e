package org.roundtable.bench;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;

/**
 * The PostgreSQL the benchmark owns: a private embedded one, or the one named by
 * {@value #URL} (with {@value #USER} and {@value #PASSWORD}), whose schema {@code public} it empties first.
 * Either way fsync and synchronous commit must be on, since a figure won on a database that may lose
 * acknowledged events would mean nothing.
 */
final class BenchDatabase implements AutoCloseable {

    static final String URL = "ROUNDTABLE_BENCH_DB_URL";
    static final String USER = "ROUNDTABLE_BENCH_DB_USER";
    static final String PASSWORD = "ROUNDTABLE_BENCH_DB_PASSWORD";

    private static final String DATABASE = "roundtable_bench";

    private final EmbeddedPostgres embedded;
    private final String url;
    private final String user;
    private final String password;

    private BenchDatabase(EmbeddedPostgres embedded, String url, String user, String password) {
        this.embedded = embedded;
        this.url = url;
        this.user = user;
        this.password = password;
    }

    /** The database named by the environment if it names one, else a new embedded one. */
    static BenchDatabase open(Map<String, String> environment) throws IOException, SQLException {
        BenchDatabase database = environment.containsKey(URL)
                ? new BenchDatabase(null, environment.get(URL), environment.getOrDefault(USER, "roundtable"),
                        environment.getOrDefault(PASSWORD, "roundtable"))
                : embedded();
        try {
            database.requireDurable();
            if (database.embedded == null) {
                database.emptySchema();
            }
            return database;
        } catch (SQLException | RuntimeException e) {
            database.close();
            throw e;
        }
    }

    /** As the server's embedded default runs it: zonky turns fsync and synchronous commit off, this turns them on. */
    private static BenchDatabase embedded() throws IOException, SQLException {
        EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                .setServerConfig("fsync", "on")
                .setServerConfig("synchronous_commit", "on")
                .start();
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
             Statement create = connection.createStatement()) {
            create.execute("CREATE DATABASE " + DATABASE);
        } catch (SQLException e) {
            postgres.close();
            throw e;
        }
        return new BenchDatabase(postgres, "jdbc:postgresql://localhost:%d/%s".formatted(postgres.getPort(), DATABASE),
                "postgres", "");
    }

    String url() {
        return url;
    }

    String user() {
        return user;
    }

    String password() {
        return password;
    }

    /** For the table: "embedded PostgreSQL 17.6" or "PostgreSQL 15.8 at jdbc:…". */
    String describe() throws SQLException {
        String version = setting("server_version");
        return embedded != null ? "embedded PostgreSQL " + version : "PostgreSQL " + version + " at " + url;
    }

    Connection connect() throws SQLException {
        return DriverManager.getConnection(url, user, password);
    }

    private void requireDurable() throws SQLException {
        for (String setting : new String[] {"fsync", "synchronous_commit"}) {
            if (!"on".equals(setting(setting))) {
                throw new IllegalStateException("%s is %s on %s: the benchmark measures a durable server only"
                        .formatted(setting, setting(setting), url));
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
        try (Connection connection = connect(); Statement drop = connection.createStatement()) {
            drop.execute("DROP SCHEMA IF EXISTS public CASCADE");
            drop.execute("CREATE SCHEMA public");
        }
    }

    @Override
    public void close() throws IOException {
        if (embedded != null) {
            embedded.close();
        }
    }
}
