package org.roundtable.server;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.roundtable.audit.VerifyCommand;
import org.roundtable.audit.WitnessCommand;
import org.roundtable.audit.tlog.Checkpoint;
import org.roundtable.audit.tlog.ConsistencyProof;
import org.roundtable.audit.tlog.EventLeaf;
import org.roundtable.audit.tlog.Hash;
import org.roundtable.audit.tlog.InMemorySubtreeHashes;
import org.roundtable.audit.tlog.InclusionProof;
import org.roundtable.audit.tlog.NoteSigner;
import org.roundtable.audit.tlog.NoteVerifier;
import org.roundtable.audit.tlog.SignedNote;
import org.roundtable.server.support.Api;
import org.roundtable.server.support.HistoryRewrite;
import org.roundtable.server.support.Roundtable;
import org.roundtable.server.support.RoundtableIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Trust beyond the database (SPEC section 11), end to end: the server's checkpoints verify with its published
 * key, its proofs and receipts with the RFC 9162 verifiers, a registered witness cosigns, and a history
 * rewritten whole in PostgreSQL — every hash recomputed, so that {@code /audit} still passes — or cut short is
 * caught by the witness and by the offline verifier holding an earlier checkpoint.
 */
@RoundtableIntegrationTest
class CheckpointsIT {

    private static final String WITNESS = "java -jar roundtable-server.jar witness";

    @Autowired
    Api api;

    @Autowired
    Roundtable table;

    @Autowired
    JdbcTemplate jdbc;

    @LocalServerPort
    int port;

    @TempDir
    Path files;

    @Test
    void checkpointsProofsAndReceiptsVerifyWithThePublishedKey() {
        String partnership = table.formPartnership("MAJORITY");
        String city = table.admit(partnership, "City of Riverside", "PUBLIC");
        String mill = table.admit(partnership, "Paper Mill Ltd", "PRIVATE");
        String proposal = table.submit(partnership, city, "OBJECTIVE", "Clean the river", null);
        long vote = table.voteAccepted(partnership, proposal, mill, "AGREE");

        String key = api.anonymous().get("/api/checkpoint-key").body().strip();
        NoteVerifier server = NoteVerifier.parse(key);
        Checkpoint checkpoint = Checkpoint.open(
                SignedNote.parse(api.get(Roundtable.partnership(partnership) + "/checkpoint")
                        .body()),
                server);
        assertThat(checkpoint.origin()).endsWith("/" + partnership);
        assertThat(checkpoint.size()).isEqualTo(vote);

        List<String> hashes = storedHashes(partnership);
        assertThat(checkpoint.rootHash())
                .isEqualTo(InMemorySubtreeHashes.of(leafInputs(hashes)).tree().root(vote));
        for (long sequence = 1; sequence <= vote; sequence++) {
            JsonNode inclusion = api.get(Roundtable.partnership(partnership) + "/proofs/inclusion?sequence=" + sequence
                            + "&treeSize=" + vote)
                    .json();
            assertThat(inclusion.path("leafIndex").asLong()).isEqualTo(sequence - 1);
            assertThat(new InclusionProof(sequence - 1, vote, decoded(inclusion.path("hashes")))
                            .verifies(leaf(hashes.get((int) sequence - 1)), checkpoint.rootHash()))
                    .as("inclusion of %d", sequence)
                    .isTrue();
        }

        JsonNode receipt = api.get(Roundtable.partnership(partnership) + "/receipts/" + vote)
                .json();
        assertThat(receipt.path("type").asText()).isEqualTo("VoteCast");
        assertThat(receipt.path("hash").asText()).isEqualTo(hashes.get((int) vote - 1));
        Checkpoint signed =
                Checkpoint.open(SignedNote.parse(receipt.path("checkpoint").asText()), server);
        assertThat(new InclusionProof(
                                vote - 1,
                                signed.size(),
                                decoded(receipt.path("inclusion").path("hashes")))
                        .verifies(leaf(receipt.path("hash").asText()), signed.rootHash()))
                .isTrue();

        table.voteAccepted(partnership, proposal, city, "AGREE");
        Checkpoint later = Checkpoint.open(
                SignedNote.parse(api.get(Roundtable.partnership(partnership) + "/checkpoint")
                        .body()),
                server);
        JsonNode consistency = api.get(Roundtable.partnership(partnership) + "/proofs/consistency?from="
                        + checkpoint.size() + "&to=" + later.size())
                .json();
        assertThat(new ConsistencyProof(checkpoint.size(), later.size(), decoded(consistency.path("hashes")))
                        .verifies(checkpoint.rootHash(), later.rootHash()))
                .isTrue();

        String proofs = Roundtable.partnership(partnership) + "/proofs/";
        api.get(proofs + "inclusion?sequence=0&treeSize=2").problem(400, "INVALID_VALUE", "sequence");
        api.get(proofs + "inclusion?sequence=3&treeSize=2").problem(400, "INVALID_VALUE", "sequence");
        api.get(proofs + "inclusion?sequence=1&treeSize=" + (later.size() + 1))
                .problem(400, "INVALID_VALUE", "treeSize");
        api.get(proofs + "consistency?from=3&to=2").problem(400, "INVALID_VALUE", "from");
        api.get(Roundtable.partnership(partnership) + "/receipts/" + (later.size() + 1))
                .problem(404, "EVENT_NOT_FOUND", "sequence");
    }

    @Test
    void aRegisteredWitnessCosignsAndCatchesAHistoryRewrittenWhole() throws Exception {
        String partnership = table.formPartnership("MAJORITY");
        String city = table.admit(partnership, "City of Riverside", "PUBLIC");
        String mill = table.admit(partnership, "Paper Mill Ltd", "PRIVATE");
        String proposal = table.submit(partnership, city, "OBJECTIVE", "Clean the river", null);
        table.voteAccepted(partnership, proposal, mill, "DISAGREE");

        Path witnessKey = files.resolve("witness.key");
        Run created = witness("--new-key", "mill-witness", "--key", witnessKey.toString());
        assertThat(created.exit()).as(created.err()).isZero();
        String verifierKey = created.out().strip();
        api.create(Roundtable.partnership(partnership) + "/witnesses", """
                {"name": "Paper Mill's IT", "verifierKey": "%s"}""".formatted(verifierKey));

        Path state = files.resolve("state");
        Run first = witnessOf(partnership, witnessKey, state);
        assertThat(first.exit()).as(first.err()).isZero();
        String cosigned =
                api.get(Roundtable.partnership(partnership) + "/checkpoint").body();
        NoteVerifier mills = NoteVerifier.parse(verifierKey);
        SignedNote served = SignedNote.parse(cosigned);
        assertThat(served.verify(List.of(mills))).hasSize(1);

        // Refused: a note no registered witness signed, and a body the server never issued.
        Path strangerKey = files.resolve("stranger.key");
        witness("--new-key", "stranger", "--key", strangerKey.toString());
        String body = served.text();
        api.send(
                        "POST",
                        Roundtable.partnership(partnership) + "/checkpoint/cosignatures",
                        SignedNote.sign(
                                        body,
                                        NoteSigner.parse(
                                                Files.readString(strangerKey).strip()))
                                .format(),
                        "text/plain")
                .problem(403, "COSIGNATURE_NOT_VERIFIED");
        String forged = body.replace(body.split("\n")[1], "1");
        api.send(
                        "POST",
                        Roundtable.partnership(partnership) + "/checkpoint/cosignatures",
                        SignedNote.sign(
                                        forged,
                                        NoteSigner.parse(
                                                Files.readString(witnessKey).strip()))
                                .format(),
                        "text/plain")
                .problem(409, "CHECKPOINT_NOT_ISSUED");
        api.send("POST", Roundtable.partnership(partnership) + "/checkpoint/cosignatures", "no note", "text/plain")
                .problem(400, "INVALID_VALUE", "note");
        // An outsider learns nothing, as from every read of the partnership.
        api.as("olaf")
                .send("POST", Roundtable.partnership(partnership) + "/checkpoint/cosignatures", cosigned, "text/plain")
                .problem(404, "PARTNERSHIP_NOT_FOUND");

        // Later acts extend the history: the witness accepts them.
        table.voteAccepted(partnership, proposal, city, "AGREE");
        assertThat(witnessOf(partnership, witnessKey, state).exit()).isZero();
        Path export = files.resolve("export.ndjson");
        Files.writeString(
                export, api.get(Roundtable.partnership(partnership) + "/events").body());
        Path checkpoint = files.resolve("checkpoint.txt");
        Files.writeString(
                checkpoint,
                api.get(Roundtable.partnership(partnership) + "/checkpoint").body());
        Run verified =
                verify(export, checkpoint, api.get("/api/checkpoint-key").body().strip());
        assertThat(verified.exit()).as(verified.out() + verified.err()).isZero();

        // Whoever runs the database rewrites the proposal's title and every hash after it; only the events.
        long submitted = api.get(Roundtable.partnership(partnership) + "/events")
                .body()
                .lines()
                .map(Roundtable::parse)
                .filter(line -> line.path("type").asText().equals("ProposalSubmitted"))
                .findFirst()
                .orElseThrow()
                .path("sequence")
                .asLong();
        HistoryRewrite.edit(
                jdbc, partnership, submitted, payload -> payload.replace("Clean the river", "Dredge the river"));
        assertThat(api.get(Roundtable.partnership(partnership) + "/audit")
                        .json()
                        .path("valid")
                        .asBoolean())
                .as("the chain alone cannot tell")
                .isTrue();

        Run caught = witnessOf(partnership, witnessKey, state);
        assertThat(caught.exit()).as(caught.out() + caught.err()).isEqualTo(1);
        assertThat(caught.out()).contains(partnership).contains("rewritten");
        Files.writeString(
                export, api.get(Roundtable.partnership(partnership) + "/events").body());
        Run offline =
                verify(export, checkpoint, api.get("/api/checkpoint-key").body().strip());
        assertThat(offline.exit()).isEqualTo(1);
        assertThat(offline.out()).contains(partnership);
    }

    @Test
    void aHistoryCutShortIsCaughtByTheWitnessAndTheOfflineVerifier() throws Exception {
        String partnership = table.formPartnership("MAJORITY");
        String city = table.admit(partnership, "City of Riverside", "PUBLIC");
        String proposal = table.submit(partnership, city, "OBJECTIVE", "Clean the river", null);
        long vote = table.voteAccepted(partnership, proposal, city, "AGREE");
        Path witnessKey = files.resolve("witness.key");
        String verifierKey = witness("--new-key", "city-witness", "--key", witnessKey.toString())
                .out()
                .strip();
        api.create(Roundtable.partnership(partnership) + "/witnesses", """
                {"name": "City IT", "verifierKey": "%s"}""".formatted(verifierKey));
        Path state = files.resolve("state");
        assertThat(witnessOf(partnership, witnessKey, state).exit()).isZero();
        Path checkpoint = files.resolve("checkpoint.txt");
        Files.writeString(
                checkpoint,
                api.get(Roundtable.partnership(partnership) + "/checkpoint").body());

        // The vote, the last event, is deleted; what is left is a whole chain.
        HistoryRewrite.truncate(jdbc, partnership, vote - 1);
        assertThat(api.get(Roundtable.partnership(partnership) + "/audit")
                        .json()
                        .path("valid")
                        .asBoolean())
                .isTrue();

        Run caught = witnessOf(partnership, witnessKey, state);
        assertThat(caught.exit()).as(caught.out() + caught.err()).isEqualTo(1);
        assertThat(caught.out()).contains(partnership).contains("cut short");
        Path export = files.resolve("export.ndjson");
        Files.writeString(
                export, api.get(Roundtable.partnership(partnership) + "/events").body());
        Run offline =
                verify(export, checkpoint, api.get("/api/checkpoint-key").body().strip());
        assertThat(offline.exit()).isEqualTo(1);
    }

    private Run witnessOf(String partnership, Path key, Path state) {
        return witness(
                "--server",
                "http://localhost:" + port,
                "--partnership",
                partnership,
                "--key",
                key.toString(),
                "--state",
                state.toString(),
                "--user",
                Api.TESTER);
    }

    private static Run witness(String... args) {
        return run(streams -> WitnessCommand.run(
                WITNESS, args, Map.of("ROUNDTABLE_WITNESS_PASSWORD", Api.TESTER + "-secret"), streams[0], streams[1]));
    }

    private static Run verify(Path export, Path checkpoint, String key) {
        return run(streams -> VerifyCommand.run(
                "verify",
                new String[] {export.toString(), "--checkpoint", checkpoint.toString(), "--key", key},
                streams[0],
                streams[1]));
    }

    private static Run run(java.util.function.ToIntFunction<PrintStream[]> command) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = command.applyAsInt(
                new PrintStream[] {new PrintStream(out, true, UTF_8), new PrintStream(err, true, UTF_8)});
        return new Run(exit, out.toString(UTF_8), err.toString(UTF_8));
    }

    private List<String> storedHashes(String partnership) {
        return api.get(Roundtable.partnership(partnership) + "/events")
                .body()
                .lines()
                .map(Roundtable::parse)
                .map(line -> line.path("hash").asText())
                .toList();
    }

    private static List<byte[]> leafInputs(List<String> hashes) {
        return hashes.stream().map(HexFormat.of()::parseHex).toList();
    }

    private static List<Hash> decoded(JsonNode hashes) {
        List<Hash> decoded = new ArrayList<>();
        hashes.forEach(hash -> decoded.add(Hash.fromBase64(hash.asText())));
        return decoded;
    }

    /** The leaf hash of the event with this chain hash. */
    private static Hash leaf(String eventHash) {
        return Hash.leaf(EventLeaf.input(eventHash));
    }

    private record Run(int exit, String out, String err) {}
}
