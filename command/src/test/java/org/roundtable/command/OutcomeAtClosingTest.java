package org.roundtable.command;

import static org.roundtable.command.Given.CITY;
import static org.roundtable.command.Given.COMPANY;
import static org.roundtable.command.Given.NGO;
import static org.roundtable.command.Given.PARTNERSHIP;
import static org.roundtable.command.Given.PROPOSAL;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.roundtable.api.DecisionMethod;
import org.roundtable.api.Outcome;
import org.roundtable.api.PartnerId;
import org.roundtable.api.ProposalKind;
import org.roundtable.api.Tally;
import org.roundtable.api.VoteChoice;
import org.roundtable.api.commands.CloseProposal;
import org.roundtable.api.commands.ProposalClosure;
import org.roundtable.api.events.ProposalClosed;

/**
 * Every branch of the outcome rule, through the aggregate: an electorate of three partners from
 * three sectors (PUBLIC, PRIVATE, NON_PROFIT); "-" means the partner did not vote.
 */
class OutcomeAtClosingTest {

    @ParameterizedTest(name = "{0} quorum {1} everySector {2}: {3} {4} {5} -> {6}")
    @CsvSource({
        // quorum: voted / eligible < quorum is NO_QUORUM
        "CONSENSUS,     0.5,  false, AGREE,    -,        -,        NO_QUORUM",
        "CONSENSUS,     0.5,  false, AGREE,    AGREE,    -,        ADOPTED",
        "CONSENSUS,     1,    false, AGREE,    AGREE,    -,        NO_QUORUM",
        "CONSENSUS,     0.66, false, AGREE,    AGREE,    -,        ADOPTED",
        "CONSENSUS,     0.67, false, AGREE,    AGREE,    -,        NO_QUORUM",
        "MAJORITY,      0.5,  false, ABSTAIN,  ABSTAIN,  -,        REJECTED",
        // requireEverySector: a sector of the electorate without a voter is NO_QUORUM
        "CONSENSUS,     0.5,  true,  AGREE,    AGREE,    -,        NO_QUORUM",
        "CONSENSUS,     0.5,  true,  AGREE,    AGREE,    ABSTAIN,  ADOPTED",
        // CONSENSUS: any BLOCK blocks; any DISAGREE or no AGREE rejects
        "CONSENSUS,     0.5,  false, AGREE,    AGREE,    BLOCK,    BLOCKED",
        "CONSENSUS,     0.5,  false, AGREE,    DISAGREE, BLOCK,    BLOCKED",
        "CONSENSUS,     0.5,  false, AGREE,    AGREE,    DISAGREE, REJECTED",
        "CONSENSUS,     0.5,  false, ABSTAIN,  ABSTAIN,  ABSTAIN,  REJECTED",
        "CONSENSUS,     0.5,  false, AGREE,    ABSTAIN,  ABSTAIN,  ADOPTED",
        // CONSENT: any BLOCK blocks; one AGREE adopts despite DISAGREE
        "CONSENT,       0.5,  false, AGREE,    AGREE,    BLOCK,    BLOCKED",
        "CONSENT,       0.5,  false, AGREE,    DISAGREE, DISAGREE, ADOPTED",
        "CONSENT,       0.5,  false, DISAGREE, ABSTAIN,  ABSTAIN,  REJECTED",
        // MAJORITY: BLOCK counts as DISAGREE; AGREE > DISAGREE adopts
        "MAJORITY,      0.5,  false, AGREE,    AGREE,    DISAGREE, ADOPTED",
        "MAJORITY,      0.5,  false, AGREE,    AGREE,    BLOCK,    ADOPTED",
        "MAJORITY,      0.5,  false, AGREE,    BLOCK,    ABSTAIN,  REJECTED",
        "MAJORITY,      0.5,  false, ABSTAIN,  ABSTAIN,  ABSTAIN,  REJECTED",
        // SUPERMAJORITY: BLOCK counts as DISAGREE; AGREE >= 2/3 (AGREE + DISAGREE) and AGREE > 0
        "SUPERMAJORITY, 0.5,  false, AGREE,    AGREE,    DISAGREE, ADOPTED",
        "SUPERMAJORITY, 0.5,  false, AGREE,    AGREE,    BLOCK,    ADOPTED",
        "SUPERMAJORITY, 0.5,  false, AGREE,    DISAGREE, ABSTAIN,  REJECTED",
        "SUPERMAJORITY, 0.5,  false, AGREE,    ABSTAIN,  ABSTAIN,  ADOPTED",
        "SUPERMAJORITY, 0.5,  false, ABSTAIN,  ABSTAIN,  ABSTAIN,  REJECTED",
    })
    void theOutcomeFollowsTheDecisionRule(
            DecisionMethod method,
            String quorum,
            boolean everySector,
            String city,
            String company,
            String ngo,
            Outcome expected) {
        List<Object> history = new ArrayList<>(Given.threePartners(Given.rule(method, quorum, everySector)));
        history.add(Given.submittedObjective());
        addVote(history, CITY, city);
        addVote(history, COMPANY, company);
        addVote(history, NGO, ngo);
        Tally tally = tallyOf(city, company, ngo);

        Given.fixture()
                .given(history)
                .when(new CloseProposal(PARTNERSHIP, PROPOSAL))
                .expectEvents(
                        new ProposalClosed(PARTNERSHIP, PROPOSAL, CITY, ProposalKind.OBJECTIVE, expected, tally, null))
                .expectResultMessagePayload(new ProposalClosure(expected, tally, null));
    }

    private static void addVote(List<Object> history, PartnerId partner, String choice) {
        if (!"-".equals(choice)) {
            history.add(Given.voted(partner, VoteChoice.valueOf(choice)));
        }
    }

    private static Tally tallyOf(String... choices) {
        int[] counts = new int[VoteChoice.values().length];
        int voted = 0;
        for (String choice : choices) {
            if (!"-".equals(choice)) {
                counts[VoteChoice.valueOf(choice).ordinal()]++;
                voted++;
            }
        }
        return new Tally(
                counts[VoteChoice.AGREE.ordinal()],
                counts[VoteChoice.ABSTAIN.ordinal()],
                counts[VoteChoice.DISAGREE.ordinal()],
                counts[VoteChoice.BLOCK.ordinal()],
                choices.length,
                voted);
    }
}
