package org.roundtable.query.support;

import java.util.Locale;
import java.util.Properties;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.roundtable.testsupport.PostgresDatabase;
import org.roundtable.testsupport.TestPostgres;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * A PostgreSQL schema of its own for each test class, migrated by this module's Flyway scripts (its
 * views' tables; the event store's are the server's) and dropped after the class, for projection tests
 * without Spring. Register it as a static {@code @RegisterExtension} field. The server is
 * {@link TestPostgres#shared()}.
 */
public final class TestDatabase implements BeforeAllCallback, AfterAllCallback {

    private Flyway flyway;
    private SingleConnectionDataSource dataSource;
    private String schema;

    @Override
    public void beforeAll(ExtensionContext context) {
        PostgresDatabase server = TestPostgres.shared();
        // A schema per test class keeps these tests apart from each other and from whatever else
        // (the server's end-to-end tests) uses the same database.
        schema = "query_test_" + UUID.randomUUID().toString().replace("-", "").toLowerCase(Locale.ROOT);
        flyway = Flyway.configure()
                .dataSource(server.jdbcUrl(), server.user(), server.password())
                .schemas(schema)
                .createSchemas(true)
                .locations("classpath:db/migration")
                .cleanDisabled(false)
                .load();
        flyway.migrate();
        dataSource = connection();
    }

    private SingleConnectionDataSource connection() {
        PostgresDatabase server = TestPostgres.shared();
        SingleConnectionDataSource connection =
                new SingleConnectionDataSource(server.jdbcUrl(), server.user(), server.password(), true);
        Properties properties = new Properties();
        properties.setProperty("currentSchema", schema);
        // As the server's pool does: a JDBC batch of one INSERT goes as multi-row statements, with their rules.
        properties.setProperty("reWriteBatchedInserts", "true");
        connection.setConnectionProperties(properties);
        return connection;
    }

    @Override
    public void afterAll(ExtensionContext context) {
        dataSource.destroy();
        // Flyway drops the schema it created, with everything in it.
        flyway.clean();
    }

    public NamedParameterJdbcTemplate jdbc() {
        return new NamedParameterJdbcTemplate(dataSource);
    }

    /** A second connection to the same schema, for a writer running beside a reader. */
    public NamedParameterJdbcTemplate otherConnection() {
        return new NamedParameterJdbcTemplate(connection());
    }

    public ViewPositions positions() {
        return new ViewPositions(jdbc());
    }

    /** Counts rows of a table, to show that a re-delivered event added none. */
    public int count(String table) {
        Integer count = jdbc().getJdbcOperations().queryForObject("SELECT count(*) FROM " + table, Integer.class);
        return count == null ? 0 : count;
    }
}
