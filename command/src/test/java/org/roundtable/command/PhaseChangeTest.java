package org.roundtable.command;

import static org.roundtable.command.Given.CITY;
import static org.roundtable.command.Given.COMPANY;
import static org.roundtable.command.Given.PARTNERSHIP;
import static org.roundtable.command.Given.PROPOSAL;

import java.util.ArrayList;
import java.util.List;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.Test;
import org.roundtable.api.Outcome;
import org.roundtable.api.Phase;
import org.roundtable.api.ProposalId;
import org.roundtable.api.ProposalKind;
import org.roundtable.api.Tally;
import org.roundtable.api.VoteChoice;
import org.roundtable.api.commands.CloseProposal;
import org.roundtable.api.commands.SubmitProposal;
import org.roundtable.api.events.PhaseChanged;
import org.roundtable.api.events.ProposalClosed;

class PhaseChangeTest {

    private final AggregateTestFixture<Partnership> fixture = Given.fixture();

    @Test
    void anAdoptedPhaseChangeMovesThePartnership() {
        fixture.given(phaseChangeVoted(Phase.CO_DEVELOP, VoteChoice.AGREE))
                .when(new CloseProposal(PARTNERSHIP, PROPOSAL))
                .expectEvents(
                        closed(Outcome.ADOPTED, new Tally(2, 0, 0, 0, 3, 2)),
                        new PhaseChanged(PARTNERSHIP, PROPOSAL, Phase.MOBILIZE, Phase.CO_DEVELOP, 1));
    }

    @Test
    void aRejectedPhaseChangeLeavesThePhase() {
        fixture.given(phaseChangeVoted(Phase.CO_DEVELOP, VoteChoice.DISAGREE))
                .when(new CloseProposal(PARTNERSHIP, PROPOSAL))
                .expectEvents(closed(Outcome.REJECTED, new Tally(1, 0, 1, 0, 3, 2)));
    }

    @Test
    void anAdoptedMoveNoLongerAllowedStandsButDoesNotMoveThePhase() {
        // Two proposals to go to CO_DEVELOP; the first adopted moves the phase, the second no longer can.
        ProposalId first = ProposalId.random();
        List<Object> history = new ArrayList<>(phaseChangeVoted(Phase.CO_DEVELOP, VoteChoice.AGREE));
        history.add(new ProposalClosed(
                PARTNERSHIP,
                first,
                CITY,
                ProposalKind.PHASE_CHANGE,
                Outcome.ADOPTED,
                new Tally(3, 0, 0, 0, 3, 3),
                null));
        history.add(new PhaseChanged(PARTNERSHIP, first, Phase.MOBILIZE, Phase.CO_DEVELOP, 1));
        fixture.given(history)
                .when(new CloseProposal(PARTNERSHIP, PROPOSAL))
                .expectEvents(closed(Outcome.ADOPTED, new Tally(2, 0, 0, 0, 3, 2)));
    }

    @Test
    void fromScaleThePartnershipMayLoopBackToCoDevelop() {
        fixture.given(Given.threePartnersIn(Phase.SCALE))
                .when(new SubmitProposal(
                        PARTNERSHIP,
                        PROPOSAL,
                        CITY,
                        ProposalKind.PHASE_CHANGE,
                        "Next loop",
                        "Plan-do-check-act",
                        Phase.CO_DEVELOP,
                        null,
                        null))
                .expectSuccessfulHandlerExecution();
    }

    @Test
    void fromScaleThereIsNoStepForward() {
        fixture.given(Given.threePartnersIn(Phase.SCALE))
                .when(new SubmitProposal(
                        PARTNERSHIP,
                        PROPOSAL,
                        CITY,
                        ProposalKind.PHASE_CHANGE,
                        "Back",
                        "Restart",
                        Phase.MOBILIZE,
                        null,
                        null))
                .expectException(RuleViolationMatcher.violation(org.roundtable.api.ErrorCode.PHASE_MOVE_NOT_ALLOWED));
    }

    @Test
    void aLaterPhaseChangeStartsFromTheCurrentPhase() {
        fixture.given(Given.threePartnersIn(Phase.CO_DEVELOP))
                .when(new SubmitProposal(
                        PARTNERSHIP,
                        PROPOSAL,
                        CITY,
                        ProposalKind.PHASE_CHANGE,
                        "Pilot",
                        "Test it",
                        Phase.PILOT_TEST,
                        null,
                        null))
                .expectSuccessfulHandlerExecution();
    }

    /** The three partners, a PHASE_CHANGE to the target, the city agreeing and the company as given. */
    private static List<Object> phaseChangeVoted(Phase target, VoteChoice company) {
        return Given.concat(
                Given.threePartners(),
                List.of(
                        Given.submitted(ProposalKind.PHASE_CHANGE, target, Given.electorateOfThree()),
                        Given.voted(CITY, VoteChoice.AGREE),
                        Given.voted(COMPANY, company)));
    }

    private static ProposalClosed closed(Outcome outcome, Tally tally) {
        return new ProposalClosed(PARTNERSHIP, PROPOSAL, CITY, ProposalKind.PHASE_CHANGE, outcome, tally, null);
    }
}
