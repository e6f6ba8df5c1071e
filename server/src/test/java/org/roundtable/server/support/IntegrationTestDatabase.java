package org.roundtable.server.support;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionOutcome;
import org.springframework.boot.autoconfigure.condition.SpringBootCondition;
import org.springframework.boot.autoconfigure.flyway.FlywayMigrationStrategy;
import org.springframework.boot.autoconfigure.jdbc.JdbcConnectionDetails;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.testcontainers.service.connection.ServiceConnection;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.core.env.Environment;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.util.StringUtils;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.containers.PostgreSQLContainer;
import org.testcontainers.utility.DockerImageName;

/**
 * Chooses the PostgreSQL of the end-to-end tests, first match wins:
 * <ol>
 *   <li>a Testcontainers PostgreSQL, when Docker is available;</li>
 *   <li>the server named by ROUNDTABLE_TEST_DB_URL (with ROUNDTABLE_TEST_DB_USER and
 *       ROUNDTABLE_TEST_DB_PASSWORD);</li>
 *   <li>else nothing is defined here and the application's embedded default starts a throwaway
 *       cluster in a temporary directory.</li>
 * </ol>
 */
@TestConfiguration(proxyBeanMethods = false)
class IntegrationTestDatabase {

    static final String URL = "ROUNDTABLE_TEST_DB_URL";
    static final String USER = "ROUNDTABLE_TEST_DB_USER";
    static final String PASSWORD = "ROUNDTABLE_TEST_DB_PASSWORD";

    private static final Logger log = LoggerFactory.getLogger(IntegrationTestDatabase.class);

    @Bean
    @ServiceConnection
    @Conditional(DockerAvailable.class)
    PostgreSQLContainer<?> postgresContainer() {
        log.info("End-to-end tests run on a Testcontainers PostgreSQL");
        return new PostgreSQLContainer<>(DockerImageName.parse("postgres:16"));
    }

    @Bean
    @Conditional(NamedServerOnly.class)
    JdbcConnectionDetails namedTestServer(Environment environment) {
        String url = environment.getRequiredProperty(URL);
        log.info("End-to-end tests run on {} ({})", url, URL);
        return new JdbcConnectionDetails() {
            @Override
            public String getUsername() {
                return environment.getProperty(USER, "roundtable");
            }

            @Override
            public String getPassword() {
                return environment.getProperty(PASSWORD, "roundtable");
            }

            @Override
            public String getJdbcUrl() {
                return url;
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

    static final class DockerAvailable extends SpringBootCondition {

        private static Boolean available;

        static synchronized boolean available() {
            if (available == null) {
                available = DockerClientFactory.instance().isDockerAvailable();
            }
            return available;
        }

        @Override
        public ConditionOutcome getMatchOutcome(ConditionContext context, AnnotatedTypeMetadata metadata) {
            return available() ? ConditionOutcome.match("Docker is available")
                    : ConditionOutcome.noMatch("Docker is not available");
        }
    }

    static final class NamedServerOnly extends SpringBootCondition {

        @Override
        public ConditionOutcome getMatchOutcome(ConditionContext context, AnnotatedTypeMetadata metadata) {
            if (!StringUtils.hasText(context.getEnvironment().getProperty(URL))) {
                return ConditionOutcome.noMatch(URL + " is not set");
            }
            return DockerAvailable.available()
                    ? ConditionOutcome.noMatch("Docker is available, a container is used instead")
                    : ConditionOutcome.match(URL + " is set and Docker is not available");
        }
    }
}
