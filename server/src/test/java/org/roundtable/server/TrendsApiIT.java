package org.roundtable.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.roundtable.server.support.Api;
import org.roundtable.server.support.Roundtable;
import org.roundtable.server.support.RoundtableIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The trends and the reports over one (loop, phase) through HTTP (SPEC section 10), on partnerships of
 * City Hall, the Paper Mill and the Residents (MAJORITY, N = 3) whose figures are worked out by hand.
 */
@RoundtableIntegrationTest
class TrendsApiIT {

    private static final double EXACT = 1e-9;
    private static final List<String> SEGMENT_REPORTS = List.of("participation", "power-balance");

    @Autowired
    Api api;

    @Autowired
    Roundtable table;

    /**
     * City's objective is adopted (City and the mill agree, the residents disagree); the mill's proposal is
     * still open with City's vote; at a meeting City speaks 600 s and the mill 300 s. Voice acts 2, 2, 0:
     * Gini 8 / (2 · 9 · 4/3) = 1/3, the residents SILENT (0 < 1/6); speaking Gini 2400 / (2 · 9 · 300) = 4/9;
     * turnout 4 votes of 6; one proposal adopted, City's: agenda Gini 4 / (2 · 9 · 1/3) = 2/3.
     */
    @Test
    void aPartnershipThatNeverMovedHasOneSegmentWhoseReportsAreTheWholeOnes() {
        String partnership = table.formPartnership("MAJORITY");
        String city = table.admit(partnership, "City Hall", "PUBLIC");
        String mill = table.admit(partnership, "Paper Mill", "PRIVATE");
        String residents = table.admit(partnership, "Residents", "COMMUNITY");
        String objective = table.submit(partnership, city, "OBJECTIVE", "Swimmable river", null);
        table.voteAccepted(partnership, objective, city, "AGREE");
        table.voteAccepted(partnership, objective, mill, "AGREE");
        table.voteAccepted(partnership, objective, residents, "DISAGREE");
        assertThat(table.close(partnership, objective).path("outcome").asText()).isEqualTo("ADOPTED");
        String samples = table.submit(partnership, mill, "OTHER", "Monthly samples", null);
        table.voteAccepted(partnership, samples, city, "AGREE");
        String meeting = table.recordMeeting(partnership, "Kick-off", "2026-03-02T18:00:00Z");
        assertThat(table.attend(partnership, meeting, city, mill).status()).isEqualTo(204);
        assertThat(table.contribute(partnership, meeting, city, 600).status()).isEqualTo(204);
        long last = table.contribute(partnership, meeting, mill, 300).sequence();

        String path = Roundtable.partnership(partnership);
        JsonNode segments = api.get(path + "/trends?minSequence=" + last).json().path("segments");
        assertThat(segments).hasSize(1);
        JsonNode only = segments.get(0);
        assertThat(only.path("loop").asInt()).isEqualTo(1);
        assertThat(only.path("phase").asText()).isEqualTo("MOBILIZE");
        assertThat(only.path("from").asText())
                .isEqualTo(api.get(path).json().path("formedAt").asText());
        assertThat(only.path("to").isNull())
                .as("the segment it is in has no end")
                .isTrue();
        assertThat(only.path("voiceGini").asDouble()).isCloseTo(1.0 / 3, within(EXACT));
        assertThat(only.path("speakingGini").asDouble()).isCloseTo(4.0 / 9, within(EXACT));
        assertThat(only.path("balance").asDouble()).isCloseTo(2.0 / 3, within(EXACT));
        assertThat(only.path("turnout").asDouble()).isCloseTo(4.0 / 6, within(EXACT));
        assertThat(only.path("silent").asInt()).isEqualTo(1);
        assertThat(only.path("dominant").asInt()).isZero();
        assertThat(only.path("decided").asInt()).isEqualTo(1);
        assertThat(only.path("adopted").asInt()).isEqualTo(1);
        assertThat(only.path("agendaGini").asDouble()).isCloseTo(2.0 / 3, within(EXACT));

        JsonNode participation =
                api.get(path + "/participation?minSequence=" + last).json();
        assertThat(participation.path("voiceGini").asDouble())
                .isEqualTo(only.path("voiceGini").asDouble());
        assertThat(api.get(path + "/power-balance?minSequence=" + last)
                        .json()
                        .path("agendaGini")
                        .asDouble())
                .isEqualTo(only.path("agendaGini").asDouble());
        for (String report : SEGMENT_REPORTS) {
            assertThat(api.get(path + "/" + report + "?loop=1&phase=MOBILIZE&minSequence=" + last)
                            .json())
                    .as("%s over loop 1, MOBILIZE", report)
                    .isEqualTo(api.get(path + "/" + report).json());
        }
    }

    /**
     * City's move to CO_DEVELOP is adopted (City and the mill agree): its closing ends the first segment,
     * which counts it decided and adopted, and the residents' lesson falls in the second. Each segment has
     * one voice act of three partners: Gini 4 / (2 · 9 · 1/3) = 2/3, one partner DOMINANT, two SILENT.
     */
    @Test
    void aPhaseMoveEndsOneSegmentAndStartsTheNext() {
        String partnership = table.formPartnership("MAJORITY");
        String city = table.admit(partnership, "City Hall", "PUBLIC");
        String mill = table.admit(partnership, "Paper Mill", "PRIVATE");
        String residents = table.admit(partnership, "Residents", "COMMUNITY");
        String move = table.submit(partnership, city, "PHASE_CHANGE", "Start co-developing", "CO_DEVELOP");
        table.voteAccepted(partnership, move, city, "AGREE");
        table.voteAccepted(partnership, move, mill, "AGREE");
        assertThat(table.close(partnership, move).path("outcome").asText()).isEqualTo("ADOPTED");
        String path = Roundtable.partnership(partnership);
        long last = api.post(path + "/lessons", """
                        {"partnerId": "%s", "title": "Listen first", "text": "The residents knew"}""".formatted(residents)).sequence();

        JsonNode segments = api.get(path + "/trends?minSequence=" + last).json().path("segments");
        assertThat(segments).hasSize(2);
        JsonNode mobilize = segments.get(0);
        JsonNode coDevelop = segments.get(1);
        assertThat(List.of(mobilize.path("loop").asInt(), coDevelop.path("loop").asInt()))
                .containsExactly(1, 1);
        assertThat(List.of(
                        mobilize.path("phase").asText(), coDevelop.path("phase").asText()))
                .containsExactly("MOBILIZE", "CO_DEVELOP");
        assertThat(mobilize.path("to").asText())
                .isEqualTo(coDevelop.path("from").asText());
        assertThat(coDevelop.path("to").isNull()).isTrue();
        assertThat(mobilize.path("decided").asInt()).isEqualTo(1);
        assertThat(mobilize.path("adopted").asInt()).isEqualTo(1);
        assertThat(mobilize.path("turnout").asDouble()).isCloseTo(2.0 / 3, within(EXACT));
        assertThat(coDevelop.path("decided").asInt()).isZero();
        assertThat(coDevelop.path("turnout").asDouble())
                .as("no proposal submitted in it")
                .isZero();
        for (JsonNode segment : segments) {
            assertThat(segment.path("voiceGini").asDouble()).isCloseTo(2.0 / 3, within(EXACT));
            assertThat(segment.path("dominant").asInt()).isEqualTo(1);
            assertThat(segment.path("silent").asInt()).isEqualTo(2);
        }

        JsonNode second =
                api.get(path + "/participation?loop=1&phase=CO_DEVELOP").json();
        assertThat(second.path("partners").findValuesAsText("lessons")).containsExactly("0", "0", "1");
        assertThat(second.path("partners").findValuesAsText("proposals")).containsExactly("0", "0", "0");
        JsonNode whole = api.get(path + "/participation").json();
        assertThat(whole.path("partners").findValuesAsText("proposals")).containsExactly("1", "0", "0");
        JsonNode firstPower =
                api.get(path + "/power-balance?loop=1&phase=MOBILIZE").json();
        assertThat(firstPower.path("partners").get(0).path("proposalsAdopted").asInt())
                .isEqualTo(1);
        assertThat(api.get(path + "/power-balance?loop=1&phase=CO_DEVELOP")
                        .json()
                        .path("partners")
                        .findValuesAsText("proposalsDecided"))
                .containsOnly("0");
    }

    /** The served description says what the server does: the segment parameters and the open end of the current segment. */
    @Test
    void theDescriptionDeclaresTheSegmentParametersAndTheOpenEnd() {
        JsonNode document = api.get("/v3/api-docs").json();
        for (String report : SEGMENT_REPORTS) {
            JsonNode parameters = document.path("paths")
                    .path("/api/partnerships/{partnershipId}/" + report)
                    .path("get")
                    .path("parameters");
            JsonNode loop = named(parameters, "loop");
            assertThat(loop.path("in").asText()).isEqualTo("query");
            assertThat(loop.path("required").asBoolean(false)).isFalse();
            assertThat(loop.path("schema").path("type").asText()).isEqualTo("integer");
            assertThat(loop.path("schema").path("minimum").asInt()).isEqualTo(1);
            assertThat(named(parameters, "phase").path("schema").path("enum"))
                    .extracting(JsonNode::asText)
                    .containsExactly("MOBILIZE", "CO_DEVELOP", "PILOT_TEST", "SCALE");
        }
        assertThat(document.path("paths")
                        .path("/api/partnerships/{partnershipId}/trends")
                        .path("get")
                        .path("responses")
                        .has("200"))
                .isTrue();
        JsonNode segment = document.path("components").path("schemas").path("TrendSegment");
        assertThat(segment.path("properties").path("to").path("nullable").asBoolean())
                .isTrue();
        assertThat(segment.path("required")).extracting(JsonNode::asText).contains("from", "to", "voiceGini");
    }

    private static JsonNode named(JsonNode parameters, String name) {
        for (JsonNode parameter : parameters) {
            if (parameter.path("name").asText().equals(name)) {
                return parameter;
            }
        }
        throw new AssertionError("No parameter " + name + " in " + parameters);
    }

    /** Both or neither of loop and phase; a segment the partnership has not been in is told from an unknown partnership. */
    @Test
    void aSegmentIsNamedByItsLoopAndItsPhaseTogether() {
        String partnership = table.formPartnership("CONSENT");
        table.admit(partnership, "City Hall", "PUBLIC");
        String path = Roundtable.partnership(partnership);
        // Until the views know the partnership, every segment of it would be refused as unknown with it.
        api.awaitView(path + "/participation", shown -> shown.path("partners").size() == 1);
        api.awaitView(path + "/power-balance", shown -> shown.path("partners").size() == 1);
        String unknown = Roundtable.partnership(UUID.randomUUID().toString());
        Api root = api.as(Api.ADMIN);

        for (String report : SEGMENT_REPORTS) {
            String of = path + "/" + report;
            api.get(of + "?loop=1").problem(400, "INVALID_VALUE", "phase");
            api.get(of + "?phase=MOBILIZE").problem(400, "INVALID_VALUE", "loop");
            api.get(of + "?loop=0&phase=MOBILIZE").problem(400, "INVALID_VALUE", "loop");
            api.get(of + "?loop=first&phase=MOBILIZE").problem(400, "INVALID_VALUE", "loop");
            api.get(of + "?loop=1&phase=mobilize").problem(400, "INVALID_VALUE", "phase");
            api.get(of + "?loop=1&phase=SCALE").problem(404, "SEGMENT_NOT_FOUND");
            api.get(of + "?loop=2&phase=MOBILIZE").problem(404, "SEGMENT_NOT_FOUND");
            // Only a holder of a global role reaches the query side with a partnership that does not exist.
            root.get(unknown + "/" + report + "?loop=1&phase=MOBILIZE")
                    .problem(404, "PARTNERSHIP_NOT_FOUND", "partnershipId");
            assertThat(api.get(of + "?loop=1&phase=MOBILIZE").status()).isEqualTo(200);
        }
        root.get(unknown + "/trends").problem(404, "PARTNERSHIP_NOT_FOUND", "partnershipId");
        api.get(path + "/trends?minSequence=0").problem(400, "INVALID_VALUE", "minSequence");
    }
}
