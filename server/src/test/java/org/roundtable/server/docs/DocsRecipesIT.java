package org.roundtable.server.docs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.SoftAssertions.assertSoftly;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.roundtable.testsupport.FreePorts;
import org.roundtable.testsupport.PostgresDatabase;
import org.roundtable.testsupport.PrivateCluster;
import org.roundtable.testsupport.TestPostgres;

/**
 * Runs the shell recipes of the README and the docs, page after page in the order a reader follows them,
 * in one bash session, against the server jar the build made: a recipe that no longer works, or whose
 * output is no longer what its page shows, fails the build. The harness stands in for the reader only
 * where it must: it starts the jar in the background on a free port (and waits until it is ready) where
 * a page runs it in the foreground, skips the Maven commands (the build that runs this test is them),
 * and points the recipe for "any PostgreSQL" at a PostgreSQL of its own.
 */
class DocsRecipesIT {

    /** The pages, in the order of the story they tell: the session of the API page goes on in the others. */
    private static final List<String> PAGES = List.of(
            "README.md",
            "docs/pages.md",
            "docs/api.md",
            "docs/reports.md",
            "docs/audit.md",
            "docs/operations.md",
            "docs/performance.md",
            "docs/development.md",
            "docs/product.md");

    private static final Path REPOSITORY = Path.of("..").toAbsolutePath().normalize();
    private static final Path JAR = Path.of("target", "roundtable-server.jar").toAbsolutePath();
    private static final String MARK = "@@recipe ";
    private static final long PATIENCE_MINUTES = 10;

    static PrivateCluster anyPostgres;

    @BeforeAll
    static void start() throws Exception {
        anyPostgres = TestPostgres.privateCluster("docs-recipes");
    }

    @AfterAll
    static void stop() throws IOException {
        if (anyPostgres != null) {
            anyPostgres.close();
        }
    }

    @Test
    void everyRecipeOfTheDocsRunsAndShowsWhatItsPageShows() throws Exception {
        assertThat(JAR).as("the server jar, made by the package phase").isRegularFile();
        List<Recipes.Block> blocks = new ArrayList<>();
        for (String page : PAGES) {
            blocks.addAll(Recipes.of(REPOSITORY.resolve(page)));
        }
        Path work = Files.createTempDirectory("roundtable-recipes");
        StringBuilder session = new StringBuilder(preamble(work));
        for (int i = 0; i < blocks.size(); i++) {
            Recipes.Block block = blocks.get(i);
            if (block.notRun() == null) {
                session.append("echo '").append(MARK).append(i).append("'\n").append(asRun(block.script()));
            }
        }
        session.append("echo '").append(MARK).append("end'\nstop_server\n");
        Files.writeString(work.resolve("session.sh"), session);

        Process bash = new ProcessBuilder("bash", "session.sh")
                .directory(work.toFile())
                .redirectErrorStream(true)
                .start();
        String output = new String(bash.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(bash.waitFor(PATIENCE_MINUTES, TimeUnit.MINUTES))
                .as("the session ended")
                .isTrue();
        Files.writeString(Path.of("target", "docs-recipes.log"), output);

        List<String> ran = new ArrayList<>();
        assertSoftly(softly -> {
            softly.assertThat(bash.exitValue())
                    .as("exit status of the session; see target/docs-recipes.log, " + "last lines:\n%s", tail(output))
                    .isZero();
            softly.assertThat(output).as("the session ran to its end").contains(MARK + "end");
            for (int i = 0; i < blocks.size(); i++) {
                Recipes.Block block = blocks.get(i);
                if (block.notRun() != null) {
                    System.out.println("DOCS RECIPE not run " + block.where() + ": " + block.notRun());
                    continue;
                }
                ran.add(block.where());
                String shown = outputOf(output, i);
                int at = 0;
                List<String> lines = shown.lines().toList();
                for (String expected : block.expected()) {
                    Pattern line = Recipes.pattern(expected);
                    int found = at;
                    while (found < lines.size()
                            && !line.matcher(Recipes.numbers(lines.get(found).trim()))
                                    .matches()) {
                        found++;
                    }
                    softly.assertThat(found)
                            .as("%s shows \"%s\"; the recipe printed:%n%s", block.where(), expected, shown)
                            .isLessThan(lines.size());
                    at = Math.min(found + 1, lines.size());
                }
            }
        });
        System.out.println("DOCS RECIPES ran " + ran.size() + " of " + blocks.size() + " blocks: " + ran);
    }

    /**
     * The functions the session runs with, and the variables that make the pages' commands work here: the
     * jar where the pages name it, relative to the repository root, in a working directory of its own.
     */
    private static String preamble(Path work) throws IOException {
        Files.createDirectories(work.resolve("server/target"));
        Files.createSymbolicLink(work.resolve("server/target/roundtable-server.jar"), JAR);
        int port = FreePorts.pick();
        return """
                set -euo pipefail
                PORT=%d
                stop_server() {
                  if [ -f server.pid ]; then kill "$(cat server.pid)" 2>/dev/null || true
                    while kill -0 "$(cat server.pid)" 2>/dev/null; do sleep 0.2; done; rm -f server.pid; fi
                }
                start_server() {
                  stop_server
                  java -jar server/target/roundtable-server.jar "$@" --server.port=$PORT \\
                    --roundtable.embedded.persistent=false >> server.log 2>&1 &
                  echo $! > server.pid
                  for i in $(seq 1 900); do
                    if curl -s -o /dev/null -w '%%{http_code}' http://localhost:$PORT/actuator/health/readiness \\
                        | grep -q 200; then return 0; fi
                    kill -0 "$(cat server.pid)" || { tail -50 server.log; return 1; }
                    sleep 0.2
                  done
                  echo "the server did not start"; tail -50 server.log; return 1
                }
                """.formatted(port);
    }

    /** A block as the session runs it: the server started in the background, Maven's part left to the build. */
    static String asRun(String script) {
        PostgresDatabase database = anyPostgres.database();
        return script.replace("localhost:8080", "localhost:$PORT")
                .replaceAll("(?m)^\\./mvnw [^\\n&]*&& ", "")
                .replaceAll("(?m)^\\./mvnw [^\\n]*$", ": the build that runs this test is this command")
                .replaceAll("java -jar server/target/roundtable-server\\.jar(?! verify| witness)", "start_server")
                .replace("jdbc:postgresql://db.example.org:5432/roundtable", database.jdbcUrl())
                .replace("SPRING_DATASOURCE_USERNAME=roundtable", "SPRING_DATASOURCE_USERNAME=" + database.user())
                .replace("SPRING_DATASOURCE_PASSWORD=secret", "SPRING_DATASOURCE_PASSWORD=" + database.password());
    }

    /** What block {@code index} printed: the output between its mark and the next. */
    private static String outputOf(String output, int index) {
        int start = output.indexOf(MARK + index + "\n");
        if (start < 0) {
            return "";
        }
        start += (MARK + index + "\n").length();
        int end = output.indexOf(MARK, start);
        return output.substring(start, end < 0 ? output.length() : end);
    }

    private static String tail(String output) {
        List<String> lines = output.lines().toList();
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
    }
}
