package org.roundtable.audit;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.roundtable.audit.tlog.NoteSigner;
import org.roundtable.audit.tlog.NoteVerifier;

/** The witness command's own rules, without a server: its keys and its arguments (a server is CheckpointsIT's). */
class WitnessCommandTest {

    @TempDir
    Path files;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @Test
    void aNewKeyIsWrittenToItsFileAndItsVerifierKeyPrinted() throws IOException {
        Path key = files.resolve("witness.key");

        assertThat(run("--new-key", "mill-witness", "--key", key.toString())).isEqualTo(WitnessCommand.ACCEPTED);

        NoteSigner signer = NoteSigner.parse(Files.readString(key, UTF_8).strip());
        assertThat(signer.name()).isEqualTo("mill-witness");
        assertThat(NoteVerifier.parse(out.toString(UTF_8).strip())).isEqualTo(signer.verifier());
    }

    @Test
    void aWitnessNeverWritesOverTheKeyItHas() throws IOException {
        Path key = files.resolve("witness.key");
        Files.writeString(key, "the key the partners know", UTF_8);

        assertThat(run("--new-key", "mill-witness", "--key", key.toString())).isEqualTo(WitnessCommand.UNREADABLE);

        assertThat(Files.readString(key, UTF_8)).isEqualTo("the key the partners know");
    }

    @Test
    void missingArgumentsAreNamedWithTheUsage() {
        assertThat(run("--server", "http://localhost:8080", "--key", "k")).isEqualTo(WitnessCommand.UNREADABLE);
        assertThat(err.toString(UTF_8)).contains("--partnership is required").contains("usage:");
    }

    @Test
    void aServerOutOfReachIsUnreadableNotInconsistent() throws IOException {
        Path key = files.resolve("witness.key");
        run("--new-key", "mill-witness", "--key", key.toString());

        int exit = run(
                "--server", "http://localhost:1",
                "--partnership", "5f0c1a9e-0000-0000-0000-000000000000",
                "--key", key.toString(),
                "--state", files.resolve("state").toString(),
                "--server-key",
                        NoteSigner.generate("roundtable.local").verifier().toString());

        assertThat(exit).isEqualTo(WitnessCommand.UNREADABLE);
        assertThat(files.resolve("state").resolve("5f0c1a9e-0000-0000-0000-000000000000.checkpoint"))
                .doesNotExist();
    }

    private int run(String... args) {
        return WitnessCommand.run(
                "witness", args, Map.of(), new PrintStream(out, true, UTF_8), new PrintStream(err, true, UTF_8));
    }
}
