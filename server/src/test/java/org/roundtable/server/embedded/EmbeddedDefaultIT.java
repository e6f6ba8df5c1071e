package org.roundtable.server.embedded;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.roundtable.server.support.Api;
import org.roundtable.server.support.Roundtable;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The server as the README runs it, with no database configured: it starts its own PostgreSQL and
 * keeps the data in the configured directory. A context of its own, closed after the class, so
 * that it never shares the database of the other end-to-end tests.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "spring.datasource.url=")
@DirtiesContext
class EmbeddedDefaultIT {

    @TempDir
    static Path workingDirectory;

    @DynamicPropertySource
    static void dataDirectory(DynamicPropertyRegistry properties) {
        properties.add("roundtable.embedded.data-directory",
                () -> workingDirectory.resolve("data/postgres").toString());
    }

    @LocalServerPort
    int port;

    @Autowired
    EmbeddedPostgres embeddedPostgres;

    @Autowired
    DataSource dataSource;

    @Test
    void theServerRunsOnItsOwnPostgresWithTheDataInTheDataDirectory() throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            assertThat(connection.getMetaData().getURL())
                    .isEqualTo("jdbc:postgresql://localhost:" + embeddedPostgres.getPort() + "/roundtable");
            assertThat(connection.getMetaData().getDatabaseMajorVersion()).isEqualTo(17);
        }
        assertThat(Files.exists(workingDirectory.resolve("data/postgres/PG_VERSION"))).isTrue();

        Roundtable table = new Roundtable(new Api(port));
        String partnership = table.formPartnership("CONSENSUS");
        table.api().awaitView(Roundtable.partnership(partnership),
                shown -> shown.path("phase").asText().equals("MOBILIZE"));
    }
}
