package org.roundtable.server.support;

import org.roundtable.testsupport.PostgresDatabase;
import org.roundtable.testsupport.TestPostgres;
import org.springframework.boot.autoconfigure.flyway.FlywayMigrationStrategy;
import org.springframework.boot.autoconfigure.jdbc.JdbcConnectionDetails;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * The end-to-end tests' PostgreSQL, {@link TestPostgres#shared()}, as the connection details of the
 * application's DataSource; with them defined, the application's embedded default stays off.
 */
@TestConfiguration(proxyBeanMethods = false)
class IntegrationTestDatabase {

    @Bean
    JdbcConnectionDetails testDatabase() {
        PostgresDatabase database = TestPostgres.shared();
        return new JdbcConnectionDetails() {
            @Override
            public String getUsername() {
                return database.user();
            }

            @Override
            public String getPassword() {
                return database.password();
            }

            @Override
            public String getJdbcUrl() {
                return database.jdbcUrl();
            }
        };
    }

    /** Every run starts on an empty schema, whatever earlier runs left in a long-lived test database. */
    @Bean
    FlywayMigrationStrategy cleanThenMigrate() {
        return flyway -> {
            flyway.clean();
            flyway.migrate();
        };
    }
}
