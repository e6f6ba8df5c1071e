package org.roundtable.audit;

import static java.nio.charset.StandardCharsets.UTF_8;

import jakarta.annotation.Nullable;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.roundtable.audit.tlog.Checkpoint;
import org.roundtable.audit.tlog.CompactRange;
import org.roundtable.audit.tlog.EventLeaf;
import org.roundtable.audit.tlog.NoteVerificationException;
import org.roundtable.audit.tlog.NoteVerifier;
import org.roundtable.audit.tlog.SignedNote;

/**
 * {@code verify EXPORT.ndjson [--checkpoint CHECKPOINT --key VERIFIER_KEY]}: checks an export of
 * {@code GET /api/partnerships/{id}/events} offline, without a server or a database, with the verifier that
 * {@code /audit} runs. Given a checkpoint and the log's verifier key, it also checks the checkpoint's signature and
 * that the export's Merkle tree at the checkpoint's size has the signed root (SPEC section 11): what shows a history
 * rewritten whole or cut short, which the chain alone cannot. Exit code 0 when all holds, 1 at the first thing that
 * does not, 2 when the input cannot be read. A valid export's last hash is printed too, to compare with a later one.
 */
public final class VerifyCommand {

    static final int VALID = 0;
    static final int INVALID = 1;
    static final int UNREADABLE = 2;

    private VerifyCommand() {}

    /**
     * Runs the command on its arguments (the file, or {@code -} for standard input, and optionally the checkpoint
     * file and the verifier key, as text or as a file) and answers the exit code.
     *
     * @param command how the caller starts it ({@code java -jar roundtable-server.jar verify}), for its usage line
     */
    public static int run(String command, String[] args, PrintStream out, PrintStream err) {
        Arguments arguments = Arguments.parse(args);
        if (arguments == null) {
            err.println("usage: " + command + " EXPORT.ndjson [--checkpoint CHECKPOINT --key VERIFIER_KEY]"
                    + "   (- reads standard input; the key as text or in a file)");
            return UNREADABLE;
        }
        Checkpoint checkpoint = null;
        if (arguments.checkpoint() != null) {
            SignedNote note;
            NoteVerifier key;
            try {
                note = SignedNote.parse(Files.readAllBytes(Path.of(arguments.checkpoint())));
                key = NoteVerifier.parse(verifierKey(arguments.key()));
            } catch (IOException | IllegalArgumentException e) {
                err.println("cannot read the checkpoint and its key: " + e.getMessage());
                return UNREADABLE;
            }
            try {
                checkpoint = Checkpoint.open(note, key);
            } catch (NoteVerificationException e) {
                out.printf("invalid: the checkpoint is not signed by %s: %s%n", key, e.getMessage());
                return INVALID;
            } catch (IllegalArgumentException e) {
                err.println("the signed note is no checkpoint: " + e.getMessage());
                return UNREADABLE;
            }
        }
        try (BufferedReader lines = "-".equals(arguments.export())
                ? new BufferedReader(new InputStreamReader(System.in, UTF_8))
                : Files.newBufferedReader(Path.of(arguments.export()), UTF_8)) {
            return verify(lines, checkpoint, out, err);
        } catch (IOException e) {
            err.println("cannot read " + arguments.export() + ": " + e);
            return UNREADABLE;
        }
    }

    private static int verify(BufferedReader lines, @Nullable Checkpoint checkpoint, PrintStream out, PrintStream err)
            throws IOException {
        ChainVerifier chain = new ChainVerifier();
        // The tree is built as the lines stream by, up to the checkpoint's size, in O(log n) memory.
        CompactRange tree = new CompactRange();
        long lineNumber = 0;
        for (String text = lines.readLine(); text != null; text = lines.readLine()) {
            lineNumber++;
            if (text.isBlank()) {
                continue;
            }
            ExportLine line;
            try {
                line = ExportLine.parse(text);
            } catch (IllegalArgumentException e) {
                err.printf("line %d is not an export line: %s%n", lineNumber, e.getMessage());
                return UNREADABLE;
            }
            if (!chain.check(line.event())) {
                AuditResult result = chain.result();
                out.printf(
                        "invalid: line %d, sequence %d: %s%n",
                        lineNumber, result.firstInvalidSequence(), result.reason());
                return INVALID;
            }
            String altered = line.alteredCopy();
            if (altered != null) {
                out.printf(
                        "invalid: line %d, sequence %d: its %s differs from the one in its metaData%n",
                        lineNumber, line.event().sequence(), altered);
                return INVALID;
            }
            if (checkpoint != null && tree.size() < checkpoint.size()) {
                tree.append(EventLeaf.input(chain.result().lastHash()));
            }
        }
        long events = chain.result().eventsChecked();
        if (events == 0) {
            err.println("the input holds no event: an export holds at least the forming of its partnership");
            return UNREADABLE;
        }
        String problem = checkpoint == null ? null : checkpointProblem(checkpoint, chain, tree);
        if (problem != null) {
            out.println("invalid: " + problem);
            return INVALID;
        }
        out.printf("valid: %d events%nlast hash: %s%n", events, chain.result().lastHash());
        if (checkpoint != null) {
            out.printf(
                    "checkpoint: %s at size %d has the root %s of the export's tree%n",
                    checkpoint.origin(), checkpoint.size(), checkpoint.rootHash());
        }
        return VALID;
    }

    /** What the checkpoint says against the export's tree, or null when it vouches for it. */
    private static @Nullable String checkpointProblem(Checkpoint checkpoint, ChainVerifier chain, CompactRange tree) {
        String partnershipId = chain.partnershipId();
        if (!checkpoint.origin().endsWith("/" + partnershipId)) {
            return "the checkpoint is of %s, not of partnership %s".formatted(checkpoint.origin(), partnershipId);
        }
        if (tree.size() < checkpoint.size()) {
            return ("the checkpoint of %s signs %d events with root %s, but the export holds only %d, whose root is"
                            + " %s: its tail is cut off")
                    .formatted(checkpoint.origin(), checkpoint.size(), checkpoint.rootHash(), tree.size(), tree.root());
        }
        if (!tree.root().equals(checkpoint.rootHash())) {
            return ("the checkpoint of %s signs the root %s at size %d, but the export's tree at that size has the"
                            + " root %s: the history was rewritten")
                    .formatted(checkpoint.origin(), checkpoint.rootHash(), checkpoint.size(), tree.root());
        }
        return null;
    }

    /** The key as given, or the text of the file it names. */
    private static String verifierKey(String keyOrFile) throws IOException {
        Path file = Path.of(keyOrFile);
        return Files.isRegularFile(file) ? Files.readString(file, UTF_8).strip() : keyOrFile;
    }

    /** The export, and the checkpoint file and verifier key that come together or not at all. */
    private record Arguments(
            String export,
            @Nullable String checkpoint,
            @Nullable String key) {

        /** The arguments, or null when they are not the command's. */
        static @Nullable Arguments parse(String[] args) {
            String export = null;
            String checkpoint = null;
            String key = null;
            for (int i = 0; i < args.length; i++) {
                boolean hasValue = i + 1 < args.length;
                if ("--checkpoint".equals(args[i]) && hasValue && checkpoint == null) {
                    checkpoint = args[++i];
                } else if ("--key".equals(args[i]) && hasValue && key == null) {
                    key = args[++i];
                } else if (!args[i].startsWith("--") && export == null) {
                    export = args[i];
                } else {
                    return null;
                }
            }
            return export == null || (checkpoint == null) != (key == null)
                    ? null
                    : new Arguments(export, checkpoint, key);
        }
    }
}
