package org.roundtable.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.containers.PostgreSQLContainer;
import org.testcontainers.utility.DockerImageName;

/** The one way for the tests and the benchmark to get a PostgreSQL, whatever the machine they run on has. */
public final class TestPostgres {

    /** The major of the server's embedded default (zonky's binaries) and of docker-compose.yml. */
    static final String IMAGE = "postgres:17";
    /** The environment's prefix for the tests' server: ROUNDTABLE_TEST_DB_URL, _USER and _PASSWORD (.ci/run sets them). */
    static final String TEST_SERVER = "ROUNDTABLE_TEST_DB";

    private static final String DEFAULT_CREDENTIAL = "roundtable";

    private static final Logger log = LoggerFactory.getLogger(TestPostgres.class);

    private static PostgresDatabase shared;

    private TestPostgres() {}

    /**
     * The PostgreSQL of this JVM's tests, chosen at the first call, first match wins: a Testcontainers
     * PostgreSQL when Docker is available; else the server named by ROUNDTABLE_TEST_DB_URL (see
     * {@link #named}); else an embedded cluster in a temporary directory. A container or a cluster lives as
     * long as the JVM. Callers share it: each keeps to a schema of its own, or wipes the database first.
     */
    public static synchronized PostgresDatabase shared() {
        if (shared == null) {
            shared = choose();
            log.info("Tests run on PostgreSQL {}", shared);
        }
        return shared;
    }

    /**
     * The server named by the environment variables {@code PREFIX_URL}, {@code PREFIX_USER} and
     * {@code PREFIX_PASSWORD} (both default to roundtable), if {@code PREFIX_URL} is set.
     */
    public static Optional<PostgresDatabase> named(String prefix) {
        return named(prefix, System.getenv());
    }

    static Optional<PostgresDatabase> named(String prefix, Map<String, String> environment) {
        String url = environment.get(prefix + "_URL");
        if (url == null || url.isBlank()) {
            return Optional.empty();
        }
        return Optional.of(new PostgresDatabase(
                url, orDefault(environment.get(prefix + "_USER")), orDefault(environment.get(prefix + "_PASSWORD"))));
    }

    /**
     * A new, empty cluster that the caller owns and closes, for a test that must stop and restart its
     * PostgreSQL (or a benchmark that must know who else uses it): on a free port, durable (fsync and
     * synchronous commit on, as the server's embedded default), with its data in
     * {@code target/test-postgres/NAME} under the working directory, deleted by {@code close}, and its log
     * beside the data. A cluster of the same name that a killed run left running is stopped first.
     */
    public static PrivateCluster privateCluster(String name) throws IOException, SQLException {
        return PrivateCluster.start(Path.of("target", "test-postgres", name).toAbsolutePath());
    }

    private static PostgresDatabase choose() {
        if (DockerClientFactory.instance().isDockerAvailable()) {
            // Testcontainers' Ryuk removes the container when the JVM exits.
            PostgreSQLContainer<?> container = new PostgreSQLContainer<>(DockerImageName.parse(IMAGE));
            container.start();
            return new PostgresDatabase(container.getJdbcUrl(), container.getUsername(), container.getPassword());
        }
        return named(TEST_SERVER).orElseGet(TestPostgres::embedded);
    }

    private static PostgresDatabase embedded() {
        try {
            // Stopped, and its temporary directory deleted, by zonky's shutdown hook.
            return EmbeddedClusters.createRoleAndDatabase(
                    EmbeddedClusters.durable().start());
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start an embedded PostgreSQL for the tests", e);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not prepare the embedded PostgreSQL for the tests", e);
        }
    }

    private static String orDefault(String value) {
        return value == null || value.isBlank() ? DEFAULT_CREDENTIAL : value;
    }
}
