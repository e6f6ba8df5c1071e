package org.roundtable.query.support;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Properties;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * A PostgreSQL schema of its own, migrated by the server's Flyway scripts, for projection tests
 * without Spring; {@link #close()} drops it. Set ROUNDTABLE_TEST_DB_URL, ROUNDTABLE_TEST_DB_USER
 * and ROUNDTABLE_TEST_DB_PASSWORD to use another database than the local one.
 */
public final class TestDatabase implements AutoCloseable {

    /** Maven runs tests in the module directory; an IDE may run them from the repository root. */
    private static final Path MIGRATIONS = Path.of("../server/src/main/resources/db/migration");

    private final Flyway flyway;
    private final SingleConnectionDataSource dataSource;

    private TestDatabase(Flyway flyway, SingleConnectionDataSource dataSource) {
        this.flyway = flyway;
        this.dataSource = dataSource;
    }

    public static TestDatabase create() {
        String url = env("ROUNDTABLE_TEST_DB_URL", "jdbc:postgresql://localhost:5432/roundtable_test");
        String user = env("ROUNDTABLE_TEST_DB_USER", "roundtable");
        String password = env("ROUNDTABLE_TEST_DB_PASSWORD", "roundtable");
        // A schema per test class keeps these tests apart from each other and from whatever else
        // (other modules' tests, a concurrently written event-store migration) uses the database.
        String schema = "query_test_" + UUID.randomUUID().toString().replace("-", "").toLowerCase(Locale.ROOT);
        Flyway flyway = Flyway.configure()
                .dataSource(url, user, password)
                .schemas(schema)
                .createSchemas(true)
                .locations("filesystem:" + migrations())
                .cleanDisabled(false)
                .load();
        flyway.migrate();
        SingleConnectionDataSource dataSource = new SingleConnectionDataSource(url, user, password, true);
        Properties properties = new Properties();
        properties.setProperty("currentSchema", schema);
        dataSource.setConnectionProperties(properties);
        return new TestDatabase(flyway, dataSource);
    }

    public NamedParameterJdbcTemplate jdbc() {
        return new NamedParameterJdbcTemplate(dataSource);
    }

    public ViewPositions positions() {
        return new ViewPositions(jdbc());
    }

    /** Counts rows of a table, to show that a re-delivered event added none. */
    public int count(String table) {
        Integer count = jdbc().getJdbcOperations().queryForObject("SELECT count(*) FROM " + table, Integer.class);
        return count == null ? 0 : count;
    }

    @Override
    public void close() {
        dataSource.destroy();
        // Flyway drops the schema it created, with everything in it.
        flyway.clean();
    }

    private static String migrations() {
        Path fromRoot = Path.of("server/src/main/resources/db/migration");
        Path location = Files.isDirectory(MIGRATIONS) || !Files.isDirectory(fromRoot) ? MIGRATIONS : fromRoot;
        return location.toAbsolutePath().normalize().toString();
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
