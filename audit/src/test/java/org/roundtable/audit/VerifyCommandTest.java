package org.roundtable.audit;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.roundtable.audit.Chains.chain;
import static org.roundtable.audit.Chains.hashOf;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class VerifyCommandTest {

    private static final String COMMAND = "java -jar partner.jar verify";

    @TempDir
    Path files;

    @Test
    void anExportOfAnIntactChainIsValidAndShowsItsLastHash() throws IOException {
        List<StoredEvent> events = chain(3);

        assertThat(verify(export(events) + "\n"))
                .isEqualTo(new Outcome(0, "valid: 3 events\nlast hash: " + hashOf(events.get(2)), ""));
    }

    @Test
    void aBrokenChainIsReportedAtItsLineAndSequence() throws IOException {
        List<StoredEvent> events = chain(4);
        events.remove(1);

        assertThat(verify(export(events)))
                .isEqualTo(new Outcome(
                        1, "invalid: line 2, sequence 2: sequence 2 is missing: the stream goes on with 3", ""));
    }

    @Test
    void aCopyThatDiffersFromTheMetaDataIsReportedAtItsLine() throws IOException {
        List<StoredEvent> events = chain(3);
        String[] lines = export(events).split("\n");
        lines[1] = lines[1].replaceFirst("\"hash\":\"" + hashOf(events.get(1)), "\"hash\":\"" + HashChain.GENESIS);

        assertThat(verify(String.join("\n", lines)))
                .isEqualTo(new Outcome(
                        1, "invalid: line 2, sequence 2: its hash differs from the one in its metaData", ""));
    }

    @Test
    void inputThatIsNoExportIsUnreadable() throws IOException {
        assertThat(verify("{\"sequence\": 1, \"type\": \"VoteCast\"}").exitCode())
                .isEqualTo(2);
        assertThat(verify("not json").error()).startsWith("line 1 is not an export line: not JSON");
        assertThat(verify("\n").exitCode()).isEqualTo(2);
        assertThat(run(files.resolve("missing.ndjson").toString()).exitCode()).isEqualTo(2);
        assertThat(run())
                .isEqualTo(new Outcome(
                        2, "", "usage: java -jar partner.jar verify EXPORT.ndjson   (- reads standard input)"));
    }

    private static String export(List<StoredEvent> events) {
        return events.stream().map(event -> ExportLine.of(event).toString()).collect(Collectors.joining("\n"));
    }

    private Outcome verify(String export) throws IOException {
        return run(Files.writeString(Files.createTempFile(files, "export", ".ndjson"), export, UTF_8)
                .toString());
    }

    private static Outcome run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exitCode =
                VerifyCommand.run(COMMAND, args, new PrintStream(out, true, UTF_8), new PrintStream(err, true, UTF_8));
        return new Outcome(
                exitCode, out.toString(UTF_8).strip(), err.toString(UTF_8).strip());
    }

    private record Outcome(int exitCode, String output, String error) {}
}
