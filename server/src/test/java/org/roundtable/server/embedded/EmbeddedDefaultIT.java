package org.roundtable.server.embedded;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.roundtable.server.support.Api;
import org.roundtable.server.support.Roundtable;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The server as the README runs it, with no database and no users configured: it starts its own
 * PostgreSQL and keeps the data in the configured directory, and it creates the user "admin" with a
 * password it logs once. A context of its own, closed after the class, so that it never shares the
 * database of the other end-to-end tests.
 */
@ExtendWith(OutputCaptureExtension.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "spring.datasource.url=")
@DirtiesContext
class EmbeddedDefaultIT {

    private static final Pattern GENERATED_PASSWORD = Pattern.compile("log in as 'admin' with the password (\\S+) ");

    @TempDir
    static Path workingDirectory;

    @DynamicPropertySource
    static void dataDirectory(DynamicPropertyRegistry properties) {
        properties.add(
                "roundtable.embedded.data-directory",
                () -> workingDirectory.resolve("data/postgres").toString());
    }

    @LocalServerPort
    int port;

    @Autowired
    EmbeddedPostgres embeddedPostgres;

    @Autowired
    DataSource dataSource;

    @Test
    void theServerRunsOnItsOwnPostgresWithTheDataInTheDataDirectory(CapturedOutput output) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            assertThat(connection.getMetaData().getURL())
                    .isEqualTo("jdbc:postgresql://localhost:" + embeddedPostgres.getPort() + "/roundtable");
            assertThat(connection.getMetaData().getDatabaseMajorVersion()).isEqualTo(17);
        }
        assertThat(Files.exists(workingDirectory.resolve("data/postgres/PG_VERSION")))
                .isTrue();

        Matcher logged = GENERATED_PASSWORD.matcher(output.getAll());
        assertThat(logged.find()).as("the generated password in the log").isTrue();
        String password = logged.group(1);
        Api admin = new Api(port).as("admin", password);
        admin.anonymous().get("/api/partnerships").problem(401, "UNAUTHENTICATED");
        admin.as("admin", "not-" + password).get("/api/partnerships").problem(401, "UNAUTHENTICATED");

        Roundtable table = new Roundtable(admin);
        String partnership = table.formPartnership("CONSENSUS");
        table.api()
                .awaitView(
                        Roundtable.partnership(partnership),
                        shown -> shown.path("phase").asText().equals("MOBILIZE"));
        assertThat(admin.get(Roundtable.partnership(partnership) + "/events").body())
                .contains("\"actor\":\"admin\"")
                .doesNotContain(password);
        assertThat(output.getAll()).containsOnlyOnce(password);
    }
}
