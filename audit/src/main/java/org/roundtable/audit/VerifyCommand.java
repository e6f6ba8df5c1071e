package org.roundtable.audit;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * {@code verify EXPORT.ndjson}: checks an export of {@code GET /api/partnerships/{id}/events} offline,
 * without a server or a database, with the verifier that {@code /audit} runs. Exit code 0 when the chain
 * holds, 1 at the first bad line, 2 when the input cannot be read as an export. A valid export's last hash
 * is printed too, to compare with a later one.
 */
public final class VerifyCommand {

    static final int VALID = 0;
    static final int INVALID = 1;
    static final int UNREADABLE = 2;

    private VerifyCommand() {}

    /**
     * Runs the command on its arguments (the file, or {@code -} for standard input) and answers the exit code.
     *
     * @param command how the caller starts it ({@code java -jar roundtable-server.jar verify}), for its usage line
     */
    public static int run(String command, String[] args, PrintStream out, PrintStream err) {
        if (args.length != 1) {
            err.println("usage: " + command + " EXPORT.ndjson   (- reads standard input)");
            return UNREADABLE;
        }
        try (BufferedReader lines = "-".equals(args[0])
                ? new BufferedReader(new InputStreamReader(System.in, UTF_8))
                : Files.newBufferedReader(Path.of(args[0]), UTF_8)) {
            return verify(lines, out, err);
        } catch (IOException e) {
            err.println("cannot read " + args[0] + ": " + e);
            return UNREADABLE;
        }
    }

    private static int verify(BufferedReader lines, PrintStream out, PrintStream err) throws IOException {
        ChainVerifier chain = new ChainVerifier();
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
        }
        long events = chain.result().eventsChecked();
        if (events == 0) {
            err.println("the input holds no event: an export holds at least the forming of its partnership");
            return UNREADABLE;
        }
        out.printf("valid: %d events%nlast hash: %s%n", events, chain.result().lastHash());
        return VALID;
    }
}
