package org.roundtable.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventProcessor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.roundtable.query.support.ViewNames;
import org.roundtable.server.support.Api;
import org.roundtable.server.support.RequestStatements;
import org.roundtable.server.support.Roundtable;
import org.roundtable.server.support.RoundtableIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A client reads its own writes: every write answers its partnership's stream sequence, and a read
 * given that sequence as {@code minSequence} shows the write, whichever view it reads.
 */
@RoundtableIntegrationTest
class ReadYourWritesIT {

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Api api;

    @Autowired
    Roundtable table;

    @Autowired
    EventProcessingConfiguration processing;

    @Autowired
    RequestStatements statements;

    @Test
    void everyWriteAnswersTheNumberOfEventsInItsPartnershipsStream() {
        Api.Response formed = api.post("/api/partnerships", """
                {"name": "Clean river", "purpose": "Stop the pollution", "decisionRule": {"method": "CONSENT"}}""");
        assertThat(formed.status()).isEqualTo(201);
        // The partnership and its first coordinator, the user who formed it.
        assertThat(formed.sequence()).isEqualTo(2);
        String partnership = formed.json().path("id").asText();
        String path = Roundtable.partnership(partnership);
        EventStream stream = new EventStream(partnership, 2);

        Api.Response city = stream.advancedBy(api.post(path + "/partners", """
                {"name": "City of Riverside", "sector": "PUBLIC", "representatives": ["tester"]}"""), 201);
        String cityId = city.json().path("id").asText();
        Api.Response mill = stream.advancedBy(api.post(path + "/partners", """
                {"name": "Paper Mill Ltd", "sector": "PRIVATE", "representatives": ["tester"]}"""), 201);
        String proposal = stream.advancedBy(api.post(path + "/proposals", """
                {"partnerId": "%s", "kind": "OBJECTIVE", "title": "Halve the discharge", "text": "By 2030"}""".formatted(cityId)), 201)
                .json()
                .path("id")
                .asText();
        stream.advancedBy(table.vote(partnership, proposal, cityId, "AGREE"), 204);
        stream.advancedBy(api.post(Roundtable.proposal(partnership, proposal) + "/closure", "{}"), 200);
        stream.advancedBy(api.put(path + "/contract", """
                {"terms": "Each partner monitors its own discharge"}"""), 200);
        stream.advancedBy(api.post(path + "/contract/signatures", """
                {"partnerId": "%s", "version": 1, "signatory": "Mayor"}""".formatted(cityId)), 204);
        stream.advancedBy(api.post(path + "/lessons", """
                {"partnerId": "%s", "title": "Meet in the evening", "text": "Residents work by day"}""".formatted(cityId)), 201);
        stream.advancedBy(api.post(path + "/partners/" + mill.json().path("id").asText() + "/withdrawal", """
                {"reason": "Closing the mill"}"""), 204);
    }

    @Test
    void aReadGivenTheSequenceOfAWriteShowsItAtOnceInEveryView() {
        String partnership = table.formPartnership("MAJORITY");
        String city = table.admit(partnership, "City of Riverside", "PUBLIC");
        String proposal = table.submit(partnership, city, "OBJECTIVE", "Halve the discharge", null);

        for (int round = 0; round < 20; round++) {
            String choice = round % 2 == 0 ? "AGREE" : "DISAGREE";
            long sequence = table.voteAccepted(partnership, proposal, city, choice);

            JsonNode shown = read(Roundtable.proposal(partnership, proposal), sequence);
            assertThat(shown.path("votes").get(0).path("choice").asText())
                    .as("round %d", round)
                    .isEqualTo(choice);
            // Neither view has a handler for votes; they reach the vote's sequence all the same.
            read(Roundtable.partnership(partnership), sequence);
            read(Roundtable.partnership(partnership) + "/lessons", sequence);
        }

        Api.Response admitted = api.post(Roundtable.partnership(partnership) + "/partners", """
                {"name": "Paper Mill Ltd", "sector": "PRIVATE", "representatives": ["tester"]}""");
        String mill = admitted.json().path("id").asText();
        assertThat(read(Roundtable.partnership(partnership), admitted.sequence())
                        .path("partners")
                        .findValuesAsText("id"))
                .contains(mill);
        assertThat(read(admitted.location(), admitted.sequence()).path("name").asText())
                .isEqualTo("Paper Mill Ltd");

        Api.Response logged = api.post(Roundtable.partnership(partnership) + "/lessons", """
                {"partnerId": "%s", "title": "Sample monthly", "text": "Weekly was too costly"}""".formatted(mill));
        assertThat(read(logged.location(), logged.sequence()).path("title").asText())
                .isEqualTo("Sample monthly");

        Api.Response closed = api.post(Roundtable.proposal(partnership, proposal) + "/closure", "{}");
        assertThat(read(Roundtable.partnership(partnership) + "/decisions", closed.sequence())
                        .findValuesAsText("proposalId"))
                .containsExactly(proposal);
    }

    /**
     * The views' processor is stopped while a lesson is logged, so that the view cannot reach the lesson's
     * sequence. A view that is behind first rules out a sequence that no write answered; one that this server
     * answered itself needs no look at the stream for that.
     */
    @Test
    void aSequenceTheViewDoesNotReachInTimeIsServiceUnavailable() {
        String partnership = table.formPartnership("CONSENT");
        String city = table.admit(partnership, "City of Riverside", "PUBLIC");
        EventProcessor views = processing.eventProcessor(ViewNames.VIEWS).orElseThrow();
        views.shutDown();
        try {
            long logged = api.post(Roundtable.partnership(partnership) + "/lessons", """
                    {"partnerId": "%s", "title": "Meet in the evening", "text": "Residents work by day"}""".formatted(city))
                    .sequence();

            List<String> read = statements.issuedBy(api, recorded -> {
                Api.Response response =
                        recorded.get(Roundtable.partnership(partnership) + "/lessons?minSequence=" + logged);
                response.problem(503, "VIEW_BEHIND");
                assertThat(response.raw().headers().firstValue("Retry-After")).contains("1");
            });

            assertThat(read).isNotEmpty().noneMatch(statement -> statement.contains("domain_event_entry"));
        } finally {
            views.start();
        }
    }

    /**
     * Views that this server's processor brought up to the write are told so from memory, without a read of
     * the positions' table, for each view the read waits for: who may read the partnership, then the lessons.
     */
    @Test
    void viewsThisServerBroughtUpToTheWriteAreToldWithoutReadingTheirPositions() {
        String partnership = table.formPartnership("CONSENT");
        String city = table.admit(partnership, "City of Riverside", "PUBLIC");
        String lessons = Roundtable.partnership(partnership) + "/lessons";
        long logged = api.post(lessons, """
                {"partnerId": "%s", "title": "Meet in the evening", "text": "Residents work by day"}""".formatted(city)).sequence();
        read(lessons, logged);

        List<String> read = statements.issuedBy(
                api,
                recorded -> assertThat(
                                recorded.get(lessons + "?minSequence=" + logged).status())
                        .isEqualTo(200));

        assertThat(read)
                .filteredOn(statement -> statement.contains("view_position"))
                .isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "-1", "abc", "1.5"})
    void aMinSequenceThatIsNotAPositiveWholeNumberIsInvalid(String minSequence) {
        String partnership = table.formPartnership("CONSENT");

        api.get(Roundtable.partnership(partnership) + "?minSequence=" + minSequence)
                .problem(400, "INVALID_VALUE", "minSequence");
        api.get(Roundtable.partnership(partnership) + "/lessons?minSequence=" + minSequence)
                .problem(400, "INVALID_VALUE", "minSequence");
    }

    /** GETs {@code path} once, at {@code sequence}, and expects it to answer 200. */
    private JsonNode read(String path, long sequence) {
        Api.Response response = api.get(path + "?minSequence=" + sequence);
        assertThat(response.status())
                .as("GET %s at %d answered %s", path, sequence, response.body())
                .isEqualTo(200);
        return response.json();
    }

    /** One partnership's event stream as the writes report it, checked against the event store. */
    private final class EventStream {

        private final String partnershipId;
        private long sequence;

        EventStream(String partnershipId, long sequence) {
            this.partnershipId = partnershipId;
            this.sequence = sequence;
        }

        Api.Response advancedBy(Api.Response write, int status) {
            assertThat(write.status()).as("write answered %s", write.body()).isEqualTo(status);
            assertThat(write.sequence())
                    .as("sequence after the write")
                    .isGreaterThan(sequence)
                    .isEqualTo(eventsStored());
            sequence = write.sequence();
            return write;
        }

        private long eventsStored() {
            Long count = jdbc.queryForObject(
                    "SELECT count(*) FROM domain_event_entry WHERE aggregate_identifier = ?",
                    Long.class,
                    partnershipId);
            return count == null ? 0 : count;
        }
    }
}
