package org.roundtable.audit;

import static java.nio.charset.StandardCharsets.UTF_8;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.roundtable.audit.tlog.Checkpoint;
import org.roundtable.audit.tlog.ConsistencyProof;
import org.roundtable.audit.tlog.Hash;
import org.roundtable.audit.tlog.NoteSigner;
import org.roundtable.audit.tlog.NoteVerificationException;
import org.roundtable.audit.tlog.NoteVerifier;
import org.roundtable.audit.tlog.SignedNote;

/**
 * {@code witness}: what a partner runs, from cron, to hold the server to the history it has shown. It fetches a
 * partnership's signed checkpoint, checks the server's signature, and checks that the checkpoint extends the
 * last one it accepted (a consistency proof, or the same root at the same size); then it cosigns the
 * checkpoint with the partner's witness key, posts the cosignature, and keeps the checkpoint in its state
 * directory as the one to hold the next to. A history rewritten or cut short since fails the check: the
 * command exits 1 and names the partnership and both roots, and keeps the checkpoint it had, which is the
 * evidence.
 */
public final class WitnessCommand {

    static final int ACCEPTED = 0;
    static final int INCONSISTENT = 1;
    static final int UNREADABLE = 2;
    static final int NOT_COSIGNED = 3;

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    private final Options options;
    private final PrintStream out;
    private final PrintStream err;
    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(TIMEOUT).build();

    private WitnessCommand(Options options, PrintStream out, PrintStream err) {
        this.options = options;
        this.out = out;
        this.err = err;
    }

    /**
     * Runs the command on its arguments and answers the exit code: 0 cosigned, 1 the server's history does not
     * extend the one accepted before, 2 the input or the server could not be read, 3 the server refused the
     * cosignature (the checkpoint itself was consistent and is kept).
     *
     * @param command how the caller starts it ({@code java -jar roundtable-server.jar witness}), for its usage
     */
    public static int run(
            String command, String[] args, Map<String, String> environment, PrintStream out, PrintStream err) {
        Options options;
        try {
            options = Options.parse(args, environment);
        } catch (IllegalArgumentException e) {
            err.println(e.getMessage());
            err.println("usage: " + command + " --server URL --partnership ID --key WITNESS_KEY_FILE --state DIR"
                    + " [--server-key VERIFIER_KEY] [--user NAME]   (password in ROUNDTABLE_WITNESS_PASSWORD)");
            err.println("       " + command
                    + " --new-key NAME --key WITNESS_KEY_FILE   (prints the verifier key to register)");
            return UNREADABLE;
        }
        try {
            WitnessCommand witness = new WitnessCommand(options, out, err);
            return options.newKeyName() != null ? witness.newKey() : witness.witness();
        } catch (IOException | RuntimeException e) {
            err.println("witness: " + e.getMessage());
            return UNREADABLE;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            err.println("witness: interrupted");
            return UNREADABLE;
        }
    }

    /** Writes a new witness key to the key file (refusing to overwrite one) and prints its verifier key. */
    private int newKey() throws IOException {
        if (Files.exists(options.keyFile())) {
            err.println("witness: " + options.keyFile() + " exists; a witness keeps its key");
            return UNREADABLE;
        }
        NoteSigner key = NoteSigner.generate(options.newKeyName());
        Files.writeString(options.keyFile(), key.signerKey() + "\n", UTF_8);
        out.println(key.verifier());
        return ACCEPTED;
    }

    private int witness() throws IOException, InterruptedException {
        NoteSigner witnessKey =
                NoteSigner.parse(Files.readString(options.keyFile(), UTF_8).strip());
        Files.createDirectories(options.state());
        NoteVerifier serverKey = NoteVerifier.parse(serverKey());
        SignedNote note = SignedNote.parse(get(partnershipPath("/checkpoint")));
        Checkpoint latest;
        try {
            latest = Checkpoint.open(note, serverKey);
        } catch (NoteVerificationException e) {
            out.printf(
                    "INCONSISTENT partnership %s: the checkpoint is not signed by the server's key %s: %s%n",
                    options.partnership(), serverKey, e.getMessage());
            return INCONSISTENT;
        }
        if (!latest.origin().endsWith("/" + options.partnership())) {
            err.printf(
                    "witness: the checkpoint is of %s, not of partnership %s%n",
                    latest.origin(), options.partnership());
            return INCONSISTENT;
        }
        Path accepted = options.state().resolve(options.partnership() + ".checkpoint");
        if (Files.exists(accepted)) {
            Checkpoint before = Checkpoint.parse(
                    SignedNote.parse(Files.readString(accepted, UTF_8)).text());
            String failure = inconsistency(before, latest);
            if (failure != null) {
                out.printf(
                        "INCONSISTENT partnership %s: %s%n  accepted: %d events, root %s%n  served:   %d events, root %s%n",
                        options.partnership(),
                        failure,
                        before.size(),
                        before.rootHash().base64(),
                        latest.size(),
                        latest.rootHash().base64());
                return INCONSISTENT;
            }
        }
        keep(accepted, note.format());
        HttpResponse<String> posted = send(HttpRequest.newBuilder(uri(partnershipPath("/checkpoint/cosignatures")))
                .header("Content-Type", "text/plain; charset=utf-8")
                .POST(HttpRequest.BodyPublishers.ofString(
                        SignedNote.sign(note.text(), witnessKey).format(), UTF_8)));
        if (posted.statusCode() / 100 != 2) {
            err.printf("witness: the server refused the cosignature (%d): %s%n", posted.statusCode(), posted.body());
            return NOT_COSIGNED;
        }
        out.printf(
                "cosigned partnership %s: %d events, root %s%n",
                options.partnership(), latest.size(), latest.rootHash().base64());
        return ACCEPTED;
    }

    /** Why {@code latest} does not extend {@code before}; null when it does. */
    private String inconsistency(Checkpoint before, Checkpoint latest) throws IOException, InterruptedException {
        if (latest.size() < before.size()) {
            return "the server now shows fewer events than it did: its history was cut short";
        }
        if (latest.size() == before.size()) {
            return before.rootHash().equals(latest.rootHash())
                    ? null
                    : "the same number of events has another root: its history was rewritten";
        }
        JsonNode proof = JSON.readTree(
                get(partnershipPath("/proofs/consistency?from=" + before.size() + "&to=" + latest.size())));
        List<Hash> hashes = new ArrayList<>();
        proof.path("hashes").forEach(hash -> hashes.add(Hash.fromBase64(hash.asText())));
        return new ConsistencyProof(before.size(), latest.size(), hashes).verifies(before.rootHash(), latest.rootHash())
                ? null
                : "the larger tree does not extend the one accepted: its history was rewritten";
    }

    /** The server's verifier key: as given, else as pinned at the first run, else fetched now and pinned. */
    private String serverKey() throws IOException, InterruptedException {
        if (options.serverKey() != null) {
            return options.serverKey();
        }
        Path pinned = options.state().resolve("server.key");
        if (Files.exists(pinned)) {
            return Files.readString(pinned, UTF_8).strip();
        }
        String fetched = get("/api/checkpoint-key").strip();
        keep(pinned, fetched + "\n");
        err.printf(
                "witness: pinned the server's verifier key %s in %s; compare it with the one your coordinator"
                        + " published%n",
                fetched, pinned);
        return fetched;
    }

    private String get(String path) throws IOException, InterruptedException {
        HttpResponse<String> response = send(HttpRequest.newBuilder(uri(path)).GET());
        if (response.statusCode() != 200) {
            throw new IOException("GET %s answered %d: %s".formatted(path, response.statusCode(), response.body()));
        }
        return response.body();
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        request.timeout(TIMEOUT);
        if (options.user() != null) {
            String credentials = options.user() + ":" + options.password();
            request.header("Authorization", "Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(UTF_8)));
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString(UTF_8));
    }

    private URI uri(String path) {
        return URI.create(options.server().replaceAll("/+$", "") + path);
    }

    private String partnershipPath(String rest) {
        return "/api/partnerships/" + options.partnership() + rest;
    }

    /** Replaces {@code file} whole or not at all, so that a crash never leaves half a checkpoint as the state. */
    private static void keep(Path file, String text) throws IOException {
        Path draft = Files.createTempFile(file.getParent(), file.getFileName().toString(), ".draft");
        Files.writeString(draft, text, UTF_8);
        try {
            Files.move(draft, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(draft, file, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** The command's arguments. */
    private record Options(
            String server,
            String partnership,
            Path keyFile,
            Path state,
            String serverKey,
            String user,
            String password,
            String newKeyName) {

        static Options parse(String[] args, Map<String, String> environment) {
            Map<String, String> named = new HashMap<>();
            for (int i = 0; i < args.length; i++) {
                if (!args[i].startsWith("--") || i + 1 == args.length) {
                    throw new IllegalArgumentException("witness: expected --name value pairs, found " + args[i]);
                }
                named.put(args[i].substring(2), args[++i]);
            }
            if (named.get("key") == null) {
                throw new IllegalArgumentException("witness: --key is required");
            }
            if (named.containsKey("new-key")) {
                return new Options(null, null, Path.of(named.get("key")), null, null, null, null, named.get("new-key"));
            }
            for (String required : List.of("server", "partnership", "state")) {
                if (named.get(required) == null) {
                    throw new IllegalArgumentException("witness: --" + required + " is required");
                }
            }
            return new Options(
                    named.get("server"),
                    named.get("partnership"),
                    Path.of(named.get("key")),
                    Path.of(named.get("state")),
                    named.get("server-key"),
                    named.get("user"),
                    environment.getOrDefault("ROUNDTABLE_WITNESS_PASSWORD", ""),
                    null);
        }
    }
}
