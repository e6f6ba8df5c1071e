package org.roundtable.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.roundtable.server.support.Api;
import org.roundtable.server.support.Roundtable;
import org.roundtable.server.support.RoundtableIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;

/** The session of the README: a partnership forms, admits partners, votes on a proposal and decides. */
@RoundtableIntegrationTest
class DecisionSessionIT {

    @Autowired
    Api api;

    @Autowired
    Roundtable table;

    @Test
    void aProposalIsDecidedByTheLatestVoteOfEachPartner() {
        String partnership = table.formPartnership("MAJORITY");
        String city = table.admit(partnership, "City of Riverside", "PUBLIC");
        String mill = table.admit(partnership, "Paper Mill Ltd", "PRIVATE");
        String residents = table.admit(partnership, "Riverside Residents", "COMMUNITY");
        String proposal = table.submit(partnership, city, "OBJECTIVE", "Halve the discharge by 2030", null);

        table.voteAccepted(partnership, proposal, city, "AGREE");
        table.voteAccepted(partnership, proposal, mill, "DISAGREE");
        table.voteAccepted(partnership, proposal, residents, "DISAGREE");
        table.voteAccepted(partnership, proposal, residents, "AGREE");
        JsonNode closure = table.close(partnership, proposal);

        assertThat(closure.path("outcome").asText()).isEqualTo("ADOPTED");
        assertTally(closure.path("tally"), 2, 0, 1, 0, 3, 3);

        JsonNode view = api.awaitView(
                Roundtable.proposal(partnership, proposal),
                shown -> shown.path("status").asText().equals("CLOSED"));
        assertThat(view.path("outcome").asText()).isEqualTo("ADOPTED");
        assertTally(view.path("tally"), 2, 0, 1, 0, 3, 3);
        assertThat(latestChoices(view))
                .containsExactlyInAnyOrderEntriesOf(Map.of(city, "AGREE", mill, "DISAGREE", residents, "AGREE"));

        JsonNode decisions =
                api.awaitView(Roundtable.partnership(partnership) + "/decisions", shown -> shown.size() == 1);
        assertThat(decisions.get(0).path("proposalId").asText()).isEqualTo(proposal);
        assertThat(decisions.get(0).path("outcome").asText()).isEqualTo("ADOPTED");
        assertTally(decisions.get(0).path("tally"), 2, 0, 1, 0, 3, 3);
    }

    @Test
    void aPartnershipShowsItsPartnersAndIsListed() {
        String partnership = table.formPartnership("CONSENT");
        String city = table.admit(partnership, "City of Riverside", "PUBLIC");
        table.admit(partnership, "River University", "KNOWLEDGE");

        JsonNode view = api.awaitView(
                Roundtable.partnership(partnership),
                shown -> shown.path("partners").size() == 2);
        assertThat(view.path("phase").asText()).isEqualTo("MOBILIZE");
        assertThat(view.path("decisionRule").path("method").asText()).isEqualTo("CONSENT");
        assertThat(view.path("decisionRule").path("quorum").decimalValue()).isEqualByComparingTo("0.5");
        assertThat(view.path("decisionRule").path("requireEverySector").asBoolean(true))
                .isFalse();
        assertThat(view.path("contract").path("status").asText()).isEqualTo("NONE");
        JsonNode partner = api.awaitView(Roundtable.partnership(partnership) + "/partners/" + city, shown -> true);
        assertThat(partner.path("sector").asText()).isEqualTo("PUBLIC");
        assertThat(partner.path("status").asText()).isEqualTo("ACTIVE");

        api.awaitView(
                "/api/partnerships?page=0&size=100",
                page -> page.path("items").findValuesAsText("id").contains(partnership));
    }

    @Test
    void aVoteAfterClosingIsRefused() {
        String partnership = table.formPartnership("CONSENSUS");
        String city = table.admit(partnership, "City of Riverside", "PUBLIC");
        String proposal = table.submit(partnership, city, "GO_NO_GO", "Start the pilot", null);
        table.voteAccepted(partnership, proposal, city, "AGREE");
        table.close(partnership, proposal);

        table.vote(partnership, proposal, city, "BLOCK").problem(409, "PROPOSAL_CLOSED");
        api.post(Roundtable.proposal(partnership, proposal) + "/closure", "{}").problem(409, "PROPOSAL_CLOSED");
    }

    @Test
    void theAgendaListsTheOpenProposalsOldestFirstAndDropsAClosedOne() {
        String partnership = table.formPartnership("CONSENT");
        String city = table.admit(partnership, "City of Riverside", "PUBLIC");
        String pilot = table.submit(partnership, city, "GO_NO_GO", "Start the pilot", null);
        String samples = table.submit(partnership, city, "OBJECTIVE", "Sample monthly", null);
        String data = table.submit(partnership, city, "OTHER", "Share the data", null);
        table.voteAccepted(partnership, pilot, city, "AGREE");
        table.close(partnership, pilot);
        long last = api.post(Roundtable.proposal(partnership, samples) + "/votes", """
                {"partnerId": "%s", "choice": "AGREE"}""".formatted(city))
                .sequence();

        // A busy machine may take longer than a read's wait: ask again until the view has the last vote.
        JsonNode agenda =
                api.awaitView(Roundtable.partnership(partnership) + "/agenda?minSequence=" + last, shown -> true);

        assertThat(agenda.findValuesAsText("proposalId")).containsExactly(samples, data);
        assertThat(agenda.get(0).get("partnerId").asText()).isEqualTo(city);
        assertThat(agenda.get(0).get("title").asText()).isEqualTo("Sample monthly");
    }

    @Test
    void anAdoptedPhaseChangeMovesThePartnership() {
        String partnership = table.formPartnership("CONSENSUS");
        String city = table.admit(partnership, "City of Riverside", "PUBLIC");
        String residents = table.admit(partnership, "Riverside Residents", "COMMUNITY");
        String proposal = table.submit(partnership, city, "PHASE_CHANGE", "Co-develop the plan", "CO_DEVELOP");
        table.voteAccepted(partnership, proposal, city, "AGREE");
        table.voteAccepted(partnership, proposal, residents, "AGREE");

        assertThat(table.close(partnership, proposal).path("outcome").asText()).isEqualTo("ADOPTED");

        api.awaitView(
                Roundtable.partnership(partnership),
                shown -> shown.path("phase").asText().equals("CO_DEVELOP"));
    }

    @Test
    void aWithdrawnPartnerStaysOnRecordButCanNoLongerVote() {
        String partnership = table.formPartnership("MAJORITY");
        String city = table.admit(partnership, "City of Riverside", "PUBLIC");
        String mill = table.admit(partnership, "Paper Mill Ltd", "PRIVATE");
        String proposal = table.submit(partnership, city, "TARGET", "Monthly water samples", null);

        Api.Response withdrawal =
                api.post(Roundtable.partnership(partnership) + "/partners/" + mill + "/withdrawal", """
                {"reason": "Closing the mill"}""");

        assertThat(withdrawal.status()).isEqualTo(204);
        table.vote(partnership, proposal, mill, "AGREE").problem(409, "PARTNER_NOT_ACTIVE", "partnerId");
        api.awaitView(
                Roundtable.partnership(partnership) + "/partners/" + mill,
                shown -> shown.path("status").asText().equals("WITHDRAWN"));
    }

    private static Map<String, String> latestChoices(JsonNode proposal) {
        Map<String, String> choices = new HashMap<>();
        proposal.path("votes")
                .forEach(vote -> choices.put(
                        vote.path("partnerId").asText(), vote.path("choice").asText()));
        return choices;
    }

    private static void assertTally(
            JsonNode tally, int agree, int abstain, int disagree, int block, int eligible, int voted) {
        assertThat(tally.path("agree").asInt(-1)).as("agree").isEqualTo(agree);
        assertThat(tally.path("abstain").asInt(-1)).as("abstain").isEqualTo(abstain);
        assertThat(tally.path("disagree").asInt(-1)).as("disagree").isEqualTo(disagree);
        assertThat(tally.path("block").asInt(-1)).as("block").isEqualTo(block);
        assertThat(tally.path("eligible").asInt(-1)).as("eligible").isEqualTo(eligible);
        assertThat(tally.path("voted").asInt(-1)).as("voted").isEqualTo(voted);
    }
}
