package org.roundtable.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.roundtable.server.support.Api;
import org.roundtable.server.support.Roundtable;
import org.roundtable.server.support.RoundtableIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The participation, power-balance and commitments reports through HTTP, on sessions written with
 * the acts this API takes; meetings and pledges are left to the query module's tests.
 */
@RoundtableIntegrationTest
class VoiceReportsIT {

    private static final double ROUNDING = 1e-12;

    @Autowired
    Api api;

    @Autowired
    Roundtable table;

    @Test
    void participationCountsEachActiveVoiceAndListsTheWithdrawnApart() {
        String partnership = table.formPartnership("MAJORITY");
        String city = table.admit(partnership, "City of Riverside", "PUBLIC");
        String mill = table.admit(partnership, "Paper Mill Ltd", "PRIVATE");
        String residents = table.admit(partnership, "Riverside Residents", "COMMUNITY");
        String anglers = table.admit(partnership, "Anglers Club", "CIVIL_SOCIETY");
        String proposal = table.submit(partnership, city, "OBJECTIVE", "Halve the discharge by 2030", null);
        table.voteAccepted(partnership, proposal, city, "AGREE");
        table.voteAccepted(partnership, proposal, mill, "DISAGREE");
        table.voteAccepted(partnership, proposal, mill, "AGREE");
        table.voteAccepted(partnership, proposal, residents, "AGREE");
        table.logLesson(partnership, residents, null, "Meet in the evening");
        table.logLesson(partnership, city, null, "Share the measurements");
        long withdrawn = table.withdrawAccepted(partnership, anglers);

        JsonNode report = read(partnership, "participation", withdrawn);

        // N = 3; voiceActs city 1 proposal + 1 lesson = 2, mill 0, residents 1; Σ = 3.
        assertThat(texts(report.path("partners"), "partnerId")).containsExactly(city, mill, residents);
        assertThat(numbers(report.path("partners"), "voiceShare")).containsExactly(2.0 / 3, 0.0, 1.0 / 3);
        assertThat(numbers(report.path("partners"), "votesCast")).as("a changed vote counts once")
                .containsExactly(1.0, 1.0, 1.0);
        assertThat(numbers(report.path("partners"), "turnout")).containsExactly(1.0, 1.0, 1.0);
        // SILENT below 0.5 × 1/3; 2/3 is not above 2 × 1/3, so nobody is DOMINANT.
        assertThat(report.path("partners").findValues("flags").stream().map(JsonNode::toString))
                .containsExactly("[]", "[\"SILENT\"]", "[]");
        assertThat(report.path("equalShare").asDouble()).isCloseTo(1.0 / 3, within(ROUNDING));
        // Sorted 0, 1, 2: Σᵢ Σⱼ |xᵢ − xⱼ| = 2 × (1 + 2 + 1) = 8; 2 N² x̄ = 2 × 9 × 1 = 18.
        assertThat(report.path("voiceGini").asDouble()).isCloseTo(8.0 / 18, within(ROUNDING));
        assertThat(report.path("balance").asDouble()).isCloseTo(1 - 8.0 / 18, within(ROUNDING));
        assertThat(texts(report.path("withdrawn"), "partnerId")).containsExactly(anglers);
        assertThat(texts(report.path("sectors"), "sector")).containsExactly("PUBLIC", "PRIVATE", "COMMUNITY");
    }

    @Test
    void powerBalanceFlagsTheAgendaSetterAndTheSectorOverruled() {
        String partnership = table.formPartnership("MAJORITY");
        String city = table.admit(partnership, "City of Riverside", "PUBLIC");
        String mill = table.admit(partnership, "Paper Mill Ltd", "PRIVATE");
        String residents = table.admit(partnership, "Riverside Residents", "COMMUNITY");
        String discharge = table.submit(partnership, city, "OBJECTIVE", "Halve the discharge by 2030", null);
        table.voteAccepted(partnership, discharge, city, "AGREE");
        table.voteAccepted(partnership, discharge, mill, "AGREE");
        table.voteAccepted(partnership, discharge, residents, "DISAGREE");
        assertThat(table.close(partnership, discharge).path("outcome").asText()).isEqualTo("ADOPTED");
        String plant = table.submit(partnership, mill, "OBJECTIVE", "Build a new plant", null);
        table.voteAccepted(partnership, plant, mill, "AGREE");
        table.voteAccepted(partnership, plant, city, "DISAGREE");
        table.voteAccepted(partnership, plant, residents, "DISAGREE");
        Api.Response closed = api.post(Roundtable.proposal(partnership, plant) + "/closure", "{}");
        assertThat(closed.json().path("outcome").asText()).isEqualTo("REJECTED");

        JsonNode report = read(partnership, "power-balance", closed.sequence());

        assertThat(numbers(report.path("partners"), "proposalsDecided")).containsExactly(1.0, 1.0, 0.0);
        assertThat(numbers(report.path("partners"), "agendaShare")).containsExactly(1.0, 0.0, 0.0);
        // city's AGREE and DISAGREE both matched the outcome; the mill's AGREE on the rejected plant did not.
        assertThat(numbers(report.path("partners"), "alignment")).containsExactly(1.0, 0.5, 0.5);
        assertThat(numbers(report.path("partners"), "overruled")).containsExactly(0.0, 0.0, 1.0);
        // Adopted 1, 0, 0: 2 × 1 / (2 × 9 × 1/3) = 2/3.
        assertThat(report.path("agendaGini").asDouble()).isCloseTo(2.0 / 3, within(ROUNDING));
        assertThat(report.path("flags").toString()).isEqualTo("""
                [{"type":"AGENDA_CONCENTRATION","partnerId":"%s"},\
                {"type":"SECTOR_OVERRULED","proposalId":"%s","sector":"COMMUNITY"}]""".formatted(city, discharge));
    }

    @Test
    void commitmentsListTheContractsHistoryInStreamOrder() {
        String partnership = table.formPartnership("CONSENT");
        String city = table.admit(partnership, "City of Riverside", "PUBLIC");
        String mill = table.admit(partnership, "Paper Mill Ltd", "PRIVATE");
        int version = table.draft(partnership, "Each partner monitors its own discharge");
        table.signAccepted(partnership, city, version);
        table.signAccepted(partnership, mill, version);
        String residents = table.admit(partnership, "Riverside Residents", "COMMUNITY");
        table.withdrawAccepted(partnership, mill);
        long signed = table.signAccepted(partnership, residents, version);

        JsonNode report = read(partnership, "commitments", signed);

        assertThat(texts(report.path("history"), "type")).containsExactly("PartnerAdmitted", "PartnerAdmitted",
                "ContractTermsDrafted", "ContractSigned", "ContractSigned", "ContractCameIntoForce",
                "PartnerAdmitted", "ContractLapsed", "PartnerWithdrawn", "ContractSigned", "ContractCameIntoForce");
        List<Double> sequences = numbers(report.path("history"), "sequence");
        assertThat(sequences).isSorted().doesNotHaveDuplicates().endsWith((double) signed);
        JsonNode lastSignature = report.path("history").get(9);
        assertThat(lastSignature.path("partnerId").asText()).isEqualTo(residents);
        assertThat(lastSignature.path("version").asInt()).isEqualTo(version);
        assertThat(lastSignature.has("pledgeId")).as("only the fields the act has").isFalse();
        assertThat(texts(report.path("partners"), "status")).containsExactly("ACTIVE", "WITHDRAWN", "ACTIVE");
    }

    @Test
    void anUnknownPartnershipHasNoReports() {
        String unknown = Roundtable.partnership(UUID.randomUUID().toString());
        for (String report : List.of("/participation", "/power-balance", "/commitments")) {
            api.get(unknown + report).problem(404, "PARTNERSHIP_NOT_FOUND", "partnershipId");
        }
    }

    @Test
    void unknownMeetingsAndPledgesAreNotFound() {
        String partnership = Roundtable.partnership(table.formPartnership("CONSENT"));

        api.get(partnership + "/meetings/" + UUID.randomUUID()).problem(404, "MEETING_NOT_FOUND", "meetingId");
        api.get(partnership + "/pledges/" + UUID.randomUUID()).problem(404, "PLEDGE_NOT_FOUND", "pledgeId");
        api.get(partnership + "/pledges/not-a-uuid").problem(400, "INVALID_VALUE", "pledgeId");
    }

    @Test
    void aReportWaitsOnlyForAWholeNumberOfOneOrMore() {
        String partnership = Roundtable.partnership(table.formPartnership("CONSENT"));

        api.get(partnership + "/participation?minSequence=0").problem(400, "INVALID_VALUE", "minSequence");
        api.get(partnership + "/power-balance?minSequence=one").problem(400, "INVALID_VALUE", "minSequence");
    }

    private JsonNode read(String partnership, String report, long minSequence) {
        Api.Response response = api.get(Roundtable.partnership(partnership) + "/" + report + "?minSequence="
                + minSequence);
        assertThat(response.status()).as("GET %s answered %s", report, response.body()).isEqualTo(200);
        return response.json();
    }

    private static List<String> texts(JsonNode array, String field) {
        List<String> texts = new ArrayList<>();
        array.forEach(element -> texts.add(element.path(field).asText()));
        return texts;
    }

    private static List<Double> numbers(JsonNode array, String field) {
        List<Double> numbers = new ArrayList<>();
        array.forEach(element -> numbers.add(element.path(field).asDouble()));
        return numbers;
    }
}
