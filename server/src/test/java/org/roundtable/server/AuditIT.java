package org.roundtable.server;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import db.migration.V4__chain_stored_events;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.flywaydb.core.api.configuration.Configuration;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.roundtable.audit.HashChain;
import org.roundtable.server.support.Api;
import org.roundtable.server.support.Roundtable;
import org.roundtable.server.support.RoundtableIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The audit of SPEC section 7 against the real event store: a long history verifies, on the server and
 * offline from its export, and every kind of tampering with the stored rows is reported at the exact
 * sequence it touched, by both. Events stored before the chain existed are linked into it by a migration.
 */
@RoundtableIntegrationTest
class AuditIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** A hash of the right shape that is no event's hash, as a JSON string. */
    private static final String ZEROS = "\"0000000000000000000000000000000000000000000000000000000000000000\"";

    private static final String[] SECTORS = {
        "PUBLIC", "PRIVATE", "NON_PROFIT", "CIVIL_SOCIETY", "KNOWLEDGE", "COMMUNITY"
    };

    @Autowired
    Api api;

    @Autowired
    Roundtable table;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    DataSource dataSource;

    /** Flyway migration 4, which links events stored before the chain existed into it. */
    JavaMigration chainStoredEvents = new V4__chain_stored_events();

    @TempDir
    Path files;

    /** Longer than a fetch of the tests' cursor (100 rows), so the export and the audit read several. */
    @Test
    void aLongHistoryVerifiesOnTheServerAndOfflineFromItsExport() {
        String partnership = longHistory();
        long stored = storedEvents(partnership);
        assertThat(stored).isGreaterThan(300);

        JsonNode audit = audit(partnership);
        assertThat(audit.path("valid").asBoolean()).isTrue();
        assertThat(audit.path("eventsChecked").asLong()).isEqualTo(stored);
        assertThat(audit.path("firstInvalidSequence").isNull()).isTrue();

        Api.Response export = api.get(Roundtable.partnership(partnership) + "/events");
        assertThat(export.status()).isEqualTo(200);
        assertThat(export.contentType()).startsWith("application/x-ndjson");
        List<JsonNode> lines = lines(export.body());
        assertThat(lines).hasSize((int) stored);
        assertThat(verifyOffline(export.body()))
                .isEqualTo(new Verification(
                        0,
                        "valid: " + stored + " events\n" + "last hash: "
                                + audit.path("lastHash").asText()));
        assertThat(audit.path("lastHash").asText())
                .isEqualTo(lines.get(lines.size() - 1).path("hash").asText());
        assertThat(lines.get(0).path("type").asText()).isEqualTo("PartnershipFormed");
        assertThat(lines.get(0).path("previousHash").asText()).isEqualTo(HashChain.GENESIS);
    }

    @Test
    void everyExportLineIsTheStoredEventLinkedToTheOneBefore() {
        String partnership = smallHistory();
        List<String> storedTimestamps = jdbc.queryForList(
                "SELECT time_stamp FROM domain_event_entry"
                        + " WHERE aggregate_identifier = ? ORDER BY sequence_number",
                String.class,
                partnership);

        List<JsonNode> lines =
                lines(api.get(Roundtable.partnership(partnership) + "/events").body());

        assertThat(lines).hasSize(storedTimestamps.size());
        String previousHash = HashChain.GENESIS;
        for (int index = 0; index < lines.size(); index++) {
            JsonNode line = lines.get(index);
            assertThat(line.path("sequence").asLong()).isEqualTo(index + 1);
            assertThat(line.path("timestamp").asText())
                    .isEqualTo(storedTimestamps.get(index))
                    .matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z");
            assertThat(line.path("actor").asText()).isEqualTo(Api.TESTER);
            assertThat(line.path("previousHash").asText()).isEqualTo(previousHash);
            assertThat(line.path("hash").asText()).matches("[0-9a-f]{64}");
            assertThat(line.path("metaData").path("partnershipId").asText()).isEqualTo(partnership);
            assertThat(line.path("metaData").path("sequence").asLong()).isEqualTo(index + 1);
            previousHash = line.path("hash").asText();
        }
        assertThat(lines)
                .extracting(line -> line.path("type").asText())
                .startsWith(
                        "PartnershipFormed",
                        "CoordinatorAppointed",
                        "PartnerAdmitted",
                        "PartnerRepresentativesChanged",
                        "PartnerAdmitted",
                        "PartnerRepresentativesChanged",
                        "PartnerAdmitted",
                        "PartnerRepresentativesChanged",
                        "ProposalSubmitted",
                        "VoteCast");
    }

    @Test
    void concurrentWritesToOnePartnershipKeepItsChainIntact() throws Exception {
        String partnership = table.formPartnership("CONSENT");
        String partners = Roundtable.partnership(partnership) + "/partners";
        ExecutorService clients = Executors.newFixedThreadPool(8);
        List<Future<Integer>> answers = new ArrayList<>();
        for (int index = 0; index < 40; index++) {
            String body = """
                    {"name": "Partner %d", "sector": "%s"}""".formatted(index, SECTORS[index % SECTORS.length]);
            answers.add(clients.submit(() -> api.post(partners, body).status()));
        }
        List<Integer> statuses = new ArrayList<>();
        for (Future<Integer> answer : answers) {
            statuses.add(answer.get(Api.READ_LAG.toSeconds(), TimeUnit.SECONDS));
        }
        clients.shutdown();

        assertThat(statuses).allMatch(status -> status == 201 || status == 409, "201 or 409 CONCURRENT_MODIFICATION");
        JsonNode audit = audit(partnership);
        assertThat(audit.path("valid").asBoolean()).as(audit.toString()).isTrue();
        // Forming records the partnership and its first coordinator; these admissions name no representatives.
        assertThat(audit.path("eventsChecked").asLong())
                .isEqualTo(2 + statuses.stream().filter(status -> status == 201).count());
    }

    @Test
    void aPayloadWithOneCharacterChangedIsReportedAtItsSequence() {
        String partnership = smallHistory();
        int changed = jdbc.update(
                "UPDATE domain_event_entry SET payload = convert_to(replace(convert_from(payload,"
                        + " 'UTF8'), 'Paper Mill Ltd', 'Paper Mill Ltc'), 'UTF8')"
                        + " WHERE aggregate_identifier = ? AND sequence_number = 4",
                partnership);

        assertThat(changed).isEqualTo(1);
        assertBrokenAt(partnership, 5, "hash does not match");
    }

    /** jsonb rewrites the whole metadata (key order, white space); only the changed field may count. */
    @ParameterizedTest(name = "{0} changed")
    @CsvSource(
            delimiter = '|',
            value = {
                "actor         | \"mallory\"                              | metaDataHash does not match",
                "correlationId | \"00000000-0000-0000-0000-000000000000\" | metaDataHash does not match",
                "sequence      | 6                                        | names sequence 6",
                "partnershipId | \"00000000-0000-0000-0000-000000000000\" | names partnership 00000000",
                "previousHash  | " + ZEROS + " | previousHash",
                "hash          | " + ZEROS + " | hash does not match",
                "metaDataHash  | " + ZEROS + " | metaDataHash does not match"
            })
    void aChangedMetaDataFieldIsReportedAtItsSequence(String field, String value, String reason) {
        String partnership = smallHistory();

        assertThat(changeMetaData(partnership, 5, field, value)).isEqualTo(1);
        assertBrokenAt(partnership, 5, reason);
    }

    /** Past the batches the audit hashes while it reads the next (256 events), and past a fetch. */
    @Test
    void aChangeDeepInALongHistoryIsReportedAtItsSequence() {
        String partnership = longHistory();

        assertThat(changeMetaData(partnership, 280, "actor", "\"mallory\"")).isEqualTo(1);
        assertBrokenAt(partnership, 280, "metaDataHash does not match");
    }

    /** Sets one field of the stored metadata of the event at {@code sequence} (from 1) to the JSON {@code value}. */
    private int changeMetaData(String partnership, long sequence, String field, String value) {
        return jdbc.update(
                "UPDATE domain_event_entry SET meta_data = convert_to(jsonb_set("
                        + "convert_from(meta_data, 'UTF8')::jsonb, ?::text[], ?::jsonb)::text, 'UTF8')"
                        + " WHERE aggregate_identifier = ? AND sequence_number = ?",
                "{" + field + "}",
                value,
                partnership,
                sequence - 1);
    }

    @Test
    void metaDataRewrittenWithTheSameContentStaysValid() {
        String partnership = smallHistory();
        jdbc.update(
                "UPDATE domain_event_entry SET meta_data = convert_to(convert_from(meta_data, 'UTF8')::jsonb::text,"
                        + " 'UTF8') WHERE aggregate_identifier = ?",
                partnership);

        assertThat(audit(partnership).path("valid").asBoolean()).isTrue();
    }

    @Test
    void aDeletedEventIsReportedAsTheFirstMissingSequence() {
        String partnership = smallHistory();
        jdbc.update(
                "DELETE FROM domain_event_entry WHERE aggregate_identifier = ? AND sequence_number = 3", partnership);

        assertBrokenAt(partnership, 4, "sequence 4 is missing");
    }

    @Test
    void anEventMovedToAnotherSequenceIsReportedWhereItWas() {
        String partnership = smallHistory();
        jdbc.update(
                "UPDATE domain_event_entry SET sequence_number = 99 WHERE aggregate_identifier = ?"
                        + " AND sequence_number = 5",
                partnership);

        assertBrokenAt(partnership, 6, "sequence 6 is missing");
    }

    @Test
    void twoSwappedEventsAreReportedAtTheFirstOfThem() {
        String partnership = smallHistory();
        String swap = "UPDATE domain_event_entry SET sequence_number = ? WHERE aggregate_identifier = ?"
                + " AND sequence_number = ?";
        jdbc.update(swap, -1, partnership, 1); // out of the way of the unique (aggregate, sequence) key
        jdbc.update(swap, 1, partnership, 4);
        jdbc.update(swap, 4, partnership, -1);

        assertBrokenAt(partnership, 2, "names sequence 5");
    }

    @Test
    void anUnknownPartnershipHasNoEventsAndNoAudit() {
        String unknown = Roundtable.partnership(UUID.randomUUID().toString());

        api.get(unknown + "/events").problem(404, "PARTNERSHIP_NOT_FOUND");
        api.get(unknown + "/audit").problem(404, "PARTNERSHIP_NOT_FOUND");
        api.get("/api/partnerships/not-a-uuid/events").problem(400, "INVALID_VALUE", "partnershipId");
    }

    @Test
    void theOfflineVerifierChecksTheCopiesOnEachLineAndRefusesWhatIsNoExport() throws IOException {
        String export =
                api.get(Roundtable.partnership(smallHistory()) + "/events").body();
        String[] lines = export.split("\n");
        JsonNode third = JSON.readTree(lines[2]);
        ((ObjectNode) third).put("actor", "mallory");
        lines[2] = third.toString();

        assertThat(verifyOffline(String.join("\n", lines)))
                .isEqualTo(new Verification(
                        1, "invalid: line 3, sequence 3: its actor differs from the one in its metaData"));
        assertThat(verifyOffline(export.substring(0, export.length() / 2)).exitCode())
                .isEqualTo(2);
        assertThat(verifyOffline("").exitCode()).isEqualTo(2);
        assertThat(RoundtableApplication.verify(
                        new String[] {files.resolve("missing.ndjson").toString()}, quiet(), quiet()))
                .isEqualTo(2);
    }

    @Test
    void eventsStoredBeforeTheChainAreLinkedIntoItByTheMigrationAndNewOnesFollow() throws Exception {
        String partnership = table.formPartnership("CONSENT");
        table.admit(partnership, "City of Riverside", "PUBLIC");
        jdbc.update(
                "UPDATE domain_event_entry SET meta_data = convert_to((convert_from(meta_data, 'UTF8')::jsonb"
                        + " - 'partnershipId' - 'sequence' - 'previousHash' - 'hash' - 'metaDataHash')::text, 'UTF8')"
                        + " WHERE aggregate_identifier = ?",
                partnership);
        assertThat(audit(partnership).path("firstInvalidSequence").asLong()).isEqualTo(1);

        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            chainStoredEvents.migrate(new Context() {
                @Override
                public Configuration getConfiguration() {
                    return null;
                }

                @Override
                public Connection getConnection() {
                    return connection;
                }
            });
            connection.commit();
        }

        assertThat(audit(partnership).path("valid").asBoolean()).isTrue();
        table.admit(partnership, "Riverside Residents", "COMMUNITY");
        JsonNode audit = audit(partnership);
        assertThat(audit.path("valid").asBoolean()).as(audit.toString()).isTrue();
        // Each of the three acts recorded two events: forming and a coordinator, admitting and a representative.
        assertThat(audit.path("eventsChecked").asLong()).isEqualTo(6);
    }

    /** Six partners of six sectors sign the contract and decide 30 proposals, changing some votes: 320 events. */
    private String longHistory() {
        String partnership = table.formPartnership("MAJORITY");
        List<String> partners = new ArrayList<>();
        for (int index = 0; index < SECTORS.length; index++) {
            partners.add(table.admit(partnership, "Partner " + index, SECTORS[index]));
        }
        assertThat(api.put(Roundtable.partnership(partnership) + "/contract", """
                {"terms": "We share what we learn."}""")
                        .status())
                .isEqualTo(200);
        for (String partner : partners) {
            assertThat(api.post(Roundtable.partnership(partnership) + "/contract/signatures", """
                    {"partnerId": "%s", "version": 1, "signatory": "The director"}""".formatted(partner))
                            .status())
                    .isEqualTo(204);
        }
        for (int round = 0; round < 30; round++) {
            String proposal = table.submit(
                    partnership, partners.get(round % partners.size()), "OBJECTIVE", "Objective " + round, null);
            for (int index = 0; index < partners.size(); index++) {
                table.voteAccepted(partnership, proposal, partners.get(index), index % 3 == 0 ? "DISAGREE" : "AGREE");
            }
            table.voteAccepted(partnership, proposal, partners.get(0), "AGREE");
            table.voteAccepted(partnership, proposal, partners.get(3), "ABSTAIN");
            table.close(partnership, proposal);
        }
        for (int lesson = 0; lesson < 5; lesson++) {
            api.create(Roundtable.partnership(partnership) + "/lessons", """
                    {"partnerId": "%s", "title": "Lesson %d", "text": "Décidez ensemble: \\"€\\"\\n"}""".formatted(partners.get(lesson), lesson));
        }
        return partnership;
    }

    /**
     * Sequences 1 to 11: formed with its first coordinator (2), three partners admitted, each with its
     * representative (3 to 8), a proposal of the city submitted (9), two votes (10, 11).
     */
    private String smallHistory() {
        String partnership = table.formPartnership("CONSENT");
        String city = table.admit(partnership, "City of Riverside", "PUBLIC");
        String mill = table.admit(partnership, "Paper Mill Ltd", "PRIVATE");
        table.admit(partnership, "Riverside Residents", "COMMUNITY");
        String proposal = table.submit(partnership, city, "OBJECTIVE", "Halve the discharge", null);
        table.voteAccepted(partnership, proposal, city, "AGREE");
        table.voteAccepted(partnership, proposal, mill, "DISAGREE");
        assertThat(storedEvents(partnership)).isEqualTo(11);
        return partnership;
    }

    /** /audit and the offline verifier of the export both report the break at {@code sequence}. */
    private void assertBrokenAt(String partnership, long sequence, String reason) {
        JsonNode audit = audit(partnership);
        assertThat(audit.path("valid").asBoolean()).as("valid in %s", audit).isFalse();
        assertThat(audit.path("firstInvalidSequence").asLong())
                .as("firstInvalidSequence in %s", audit)
                .isEqualTo(sequence);
        assertThat(audit.path("eventsChecked").asLong()).isEqualTo(sequence);
        assertThat(audit.path("reason").asText()).contains(reason);

        Verification offline = verifyOffline(
                api.get(Roundtable.partnership(partnership) + "/events").body());
        assertThat(offline.exitCode()).as(offline.out()).isEqualTo(1);
        assertThat(offline.out())
                .startsWith("invalid: line " + sequence + ", sequence " + sequence + ": ")
                .contains(reason);
    }

    private JsonNode audit(String partnership) {
        Api.Response response = api.get(Roundtable.partnership(partnership) + "/audit");
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.json();
    }

    private long storedEvents(String partnership) {
        Long count = jdbc.queryForObject(
                "SELECT count(*) FROM domain_event_entry WHERE aggregate_identifier = ?", Long.class, partnership);
        return count == null ? 0 : count;
    }

    /** What {@code java -jar roundtable-server.jar verify} says of {@code export}, run in this JVM. */
    private Verification verifyOffline(String export) {
        try {
            Path file = Files.writeString(Files.createTempFile(files, "export", ".ndjson"), export, UTF_8);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            int exitCode = RoundtableApplication.verify(
                    new String[] {file.toString()}, new PrintStream(out, true, UTF_8), quiet());
            return new Verification(exitCode, out.toString(UTF_8).strip());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static PrintStream quiet() {
        return new PrintStream(new ByteArrayOutputStream(), true, UTF_8);
    }

    private static List<JsonNode> lines(String ndjson) {
        return ndjson.lines()
                .map(line -> {
                    try {
                        return JSON.readTree(line);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                })
                .toList();
    }

    private record Verification(int exitCode, String out) {}
}
