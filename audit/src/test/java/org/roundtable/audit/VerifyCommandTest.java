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
import org.roundtable.audit.tlog.Checkpoint;
import org.roundtable.audit.tlog.EventLeaf;
import org.roundtable.audit.tlog.Hash;
import org.roundtable.audit.tlog.InMemorySubtreeHashes;
import org.roundtable.audit.tlog.NoteSigner;
import org.roundtable.audit.tlog.NoteVerifier;

class VerifyCommandTest {

    private static final String COMMAND = "java -jar partner.jar verify";
    private static final NoteSigner LOG = NoteSigner.generate("roundtable.example");
    private static final String ORIGIN = Checkpoint.origin("roundtable.example", Chains.PARTNERSHIP_ID);

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
                        2,
                        "",
                        "usage: java -jar partner.jar verify EXPORT.ndjson [--checkpoint CHECKPOINT --key VERIFIER_KEY]"
                                + "   (- reads standard input; the key as text or in a file)"));
    }

    @Test
    void anExportWhoseTreeHasTheSignedRootIsValid() throws IOException {
        List<StoredEvent> events = chain(5);
        Checkpoint checkpoint = checkpointOf(events);

        assertThat(verify(export(events), checkpoint, LOG.verifier().toString()))
                .isEqualTo(new Outcome(
                        0,
                        "valid: 5 events\nlast hash: %s\ncheckpoint: %s at size 5 has the root %s of the export's tree"
                                .formatted(hashOf(events.get(4)), ORIGIN, checkpoint.rootHash()),
                        ""));
    }

    /** A later export still holds the tree a checkpoint signed; the key may be given in a file. */
    @Test
    void anExportLongerThanTheCheckpointIsCheckedAtTheCheckpointsSize() throws IOException {
        List<StoredEvent> events = chain(7);
        Path key = Files.writeString(files.resolve("checkpoint-key.txt"), LOG.verifier() + "\n", UTF_8);

        Outcome outcome = verify(export(events), checkpointOf(events.subList(0, 3)), key.toString());

        assertThat(outcome.exitCode()).isZero();
        assertThat(outcome.output()).startsWith("valid: 7 events").contains("at size 3 has the root");
    }

    @Test
    void aHistoryRewrittenWholeIsInvalidAndBothRootsAreNamed() throws IOException {
        List<StoredEvent> original = chain(5);
        List<StoredEvent> rewritten =
                chain(5, sequence -> sequence == 3 ? "vote 3, second thoughts" : "vote " + sequence);
        Checkpoint checkpoint = checkpointOf(original);

        assertThat(verify(export(rewritten), checkpoint, LOG.verifier().toString()))
                .isEqualTo(new Outcome(
                        1,
                        ("invalid: the checkpoint of %s signs the root %s at size 5, but the export's tree at that size"
                                        + " has the root %s: the history was rewritten")
                                .formatted(ORIGIN, checkpoint.rootHash(), rootOf(rewritten)),
                        ""));
        assertThat(rootOf(rewritten)).isNotEqualTo(checkpoint.rootHash());
    }

    @Test
    void anExportCutShortOfTheCheckpointIsInvalid() throws IOException {
        List<StoredEvent> events = chain(5);
        Checkpoint checkpoint = checkpointOf(events);

        assertThat(verify(
                        export(events.subList(0, 4)), checkpoint, LOG.verifier().toString()))
                .isEqualTo(new Outcome(
                        1,
                        ("invalid: the checkpoint of %s signs 5 events with root %s, but the export holds only 4,"
                                        + " whose root is %s: its tail is cut off")
                                .formatted(ORIGIN, checkpoint.rootHash(), rootOf(events.subList(0, 4))),
                        ""));
    }

    @Test
    void aCheckpointByAnotherKeyOrOfAnotherPartnershipIsInvalid() throws IOException {
        List<StoredEvent> events = chain(3);
        NoteVerifier stranger = NoteSigner.generate("roundtable.example").verifier();
        Checkpoint elsewhere = new Checkpoint("roundtable.example/another", 3, rootOf(events));

        Outcome otherKey = verify(export(events), checkpointOf(events), stranger.toString());
        Outcome otherPartnership =
                verify(export(events), elsewhere, LOG.verifier().toString());

        assertThat(otherKey.exitCode()).isEqualTo(1);
        assertThat(otherKey.output()).startsWith("invalid: the checkpoint is not signed by " + stranger);
        assertThat(otherPartnership)
                .isEqualTo(new Outcome(
                        1,
                        "invalid: the checkpoint is of roundtable.example/another, not of partnership "
                                + Chains.PARTNERSHIP_ID,
                        ""));
    }

    @Test
    void aCheckpointOrKeyThatCannotBeReadIsUnreadable() throws IOException {
        Path exportFile = Files.writeString(files.resolve("export.ndjson"), export(chain(2)), UTF_8);
        Path notANote = Files.writeString(files.resolve("checkpoint.txt"), "not a note\n", UTF_8);
        String export = exportFile.toString();
        String key = LOG.verifier().toString();

        assertThat(run(export, "--checkpoint", notANote.toString(), "--key", key)
                        .error())
                .startsWith("cannot read the checkpoint and its key: malformed note");
        assertThat(run(export, "--checkpoint", files.resolve("missing").toString(), "--key", key)
                        .exitCode())
                .isEqualTo(2);
        assertThat(run(export, "--checkpoint", notANote.toString(), "--key", "not-a-key")
                        .exitCode())
                .isEqualTo(2);
        assertThat(run(export, "--checkpoint", notANote.toString()).error()).startsWith("usage:");
        assertThat(run(export, "--key", key).error()).startsWith("usage:");
        assertThat(run(export, export).error()).startsWith("usage:");
        assertThat(run(export, "--checkpoint").error()).startsWith("usage:");
    }

    private static Checkpoint checkpointOf(List<StoredEvent> events) {
        return new Checkpoint(ORIGIN, events.size(), rootOf(events));
    }

    /** The root of the events' tree by the tlog package, which its own tests check against RFC 9162. */
    private static Hash rootOf(List<StoredEvent> events) {
        return InMemorySubtreeHashes.of(events.stream()
                        .map(event -> EventLeaf.input(hashOf(event)))
                        .toList())
                .tree()
                .root(events.size());
    }

    private Outcome verify(String export, Checkpoint checkpoint, String key) throws IOException {
        Path exportFile = Files.writeString(Files.createTempFile(files, "export", ".ndjson"), export, UTF_8);
        Path checkpointFile = Files.writeString(
                Files.createTempFile(files, "checkpoint", ".txt"),
                checkpoint.sign(LOG).format(),
                UTF_8);
        return run(exportFile.toString(), "--checkpoint", checkpointFile.toString(), "--key", key);
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
