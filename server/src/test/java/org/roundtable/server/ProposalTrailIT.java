package org.roundtable.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.roundtable.server.support.Api;
import org.roundtable.server.support.Roundtable;
import org.roundtable.server.support.RoundtableIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;

/** The trail of a proposal: every event of it, in order, with who acted, when, and the tally after it. */
@RoundtableIntegrationTest
class ProposalTrailIT {

    @Autowired
    Api api;

    @Autowired
    Roundtable table;

    @Test
    void everyVoteAndChangeIsOnTheTrailWithTheRunningTallyThenTheClosingAndThePhaseChange() {
        String partnership = table.formPartnership("MAJORITY");
        String city = table.admit(partnership, "City of Riverside", "PUBLIC");
        String mill = table.admit(partnership, "Paper Mill Ltd", "PRIVATE");
        String residents = table.admit(partnership, "Riverside Residents", "COMMUNITY");
        String proposal = table.submit(partnership, city, "PHASE_CHANGE", "Co-develop the plan", "CO_DEVELOP");
        List<Long> votes = new ArrayList<>();
        votes.add(table.voteAccepted(partnership, proposal, city, "AGREE"));
        votes.add(table.voteAccepted(partnership, proposal, mill, "DISAGREE"));
        votes.add(table.voteAccepted(partnership, proposal, residents, "DISAGREE"));
        votes.add(table.voteAccepted(partnership, proposal, residents, "AGREE"));
        votes.add(table.voteAccepted(partnership, proposal, mill, "BLOCK"));
        assertThat(table.close(partnership, proposal).path("outcome").asText()).isEqualTo("ADOPTED");

        // No waiting for a view: the trail reads the event store itself.
        JsonNode trail =
                api.get(Roundtable.proposal(partnership, proposal) + "/trail").json();

        assertThat(trail.path("proposalId").asText()).isEqualTo(proposal);
        JsonNode entries = trail.path("entries");
        assertThat(entries.findValuesAsText("type"))
                .containsExactly(
                        "ProposalSubmitted",
                        "VoteCast",
                        "VoteCast",
                        "VoteCast",
                        "VoteChanged",
                        "VoteChanged",
                        "ProposalClosed",
                        "PhaseChanged");
        assertThat(entries.findValuesAsText("actor")).containsOnly(Api.TESTER).hasSize(8);
        // 1 to 8: formed with its coordinator, three partners admitted each with its representative.
        assertThat(sequences(entries))
                .containsExactly(9L, votes.get(0), votes.get(1), votes.get(2), votes.get(3), votes.get(4), 15L, 16L);
        assertThat(times(entries)).isSorted();

        assertThat(entries.get(0).path("partnerId").asText()).isEqualTo(city);
        assertThat(entries.get(0).path("electorate")).hasSize(3);
        assertTally(entries.get(0), 0, 0, 0, 3, 0);
        assertVote(entries.get(1), city, null, "AGREE");
        assertTally(entries.get(1), 1, 0, 0, 3, 1);
        assertVote(entries.get(2), mill, null, "DISAGREE");
        assertTally(entries.get(2), 1, 1, 0, 3, 2);
        assertVote(entries.get(3), residents, null, "DISAGREE");
        assertTally(entries.get(3), 1, 2, 0, 3, 3);
        assertVote(entries.get(4), residents, "DISAGREE", "AGREE");
        assertTally(entries.get(4), 2, 1, 0, 3, 3);
        assertVote(entries.get(5), mill, "DISAGREE", "BLOCK");
        assertTally(entries.get(5), 2, 0, 1, 3, 3);
        assertThat(entries.get(6).path("outcome").asText()).isEqualTo("ADOPTED");
        assertTally(entries.get(6), 2, 0, 1, 3, 3);
        assertThat(entries.get(7).path("from").asText()).isEqualTo("MOBILIZE");
        assertThat(entries.get(7).path("to").asText()).isEqualTo("CO_DEVELOP");
    }

    @Test
    void aProposalOfAnotherPartnershipOrNoneIsNotFound() {
        String partnership = table.formPartnership("CONSENT");
        String city = table.admit(partnership, "City of Riverside", "PUBLIC");
        String proposal = table.submit(partnership, city, "OBJECTIVE", "Halve the discharge by 2030", null);
        String another = table.formPartnership("CONSENT");

        api.get(Roundtable.proposal(another, proposal) + "/trail").problem(404, "PROPOSAL_NOT_FOUND");
        api.get(Roundtable.proposal(partnership, UUID.randomUUID().toString()) + "/trail")
                .problem(404, "PROPOSAL_NOT_FOUND");
        // Nobody holds a role in a partnership that does not exist: it is not found before its proposal.
        api.get(Roundtable.proposal(UUID.randomUUID().toString(), proposal) + "/trail")
                .problem(404, "PARTNERSHIP_NOT_FOUND");
    }

    private static void assertVote(JsonNode entry, String partnerId, String previousChoice, String choice) {
        assertThat(entry.path("partnerId").asText()).isEqualTo(partnerId);
        assertThat(entry.path("previousChoice").textValue()).isEqualTo(previousChoice);
        assertThat(entry.path("choice").asText()).isEqualTo(choice);
        assertThat(entry.path("rationale").asText()).isEqualTo("Because of the " + choice.toLowerCase());
    }

    private static void assertTally(JsonNode entry, int agree, int disagree, int block, int eligible, int voted) {
        JsonNode tally = entry.path("tally");
        assertThat(List.of(
                        tally.path("agree").asInt(),
                        tally.path("abstain").asInt(),
                        tally.path("disagree").asInt(),
                        tally.path("block").asInt(),
                        tally.path("eligible").asInt(),
                        tally.path("voted").asInt()))
                .as(
                        "agree, abstain, disagree, block, eligible, voted after %s",
                        entry.path("type").asText())
                .containsExactly(agree, 0, disagree, block, eligible, voted);
    }

    private static List<Long> sequences(JsonNode entries) {
        List<Long> sequences = new ArrayList<>();
        entries.forEach(entry -> sequences.add(entry.path("sequence").asLong()));
        return sequences;
    }

    private static List<Instant> times(JsonNode entries) {
        List<Instant> times = new ArrayList<>();
        entries.forEach(entry -> times.add(Instant.parse(entry.path("at").asText())));
        return times;
    }
}
