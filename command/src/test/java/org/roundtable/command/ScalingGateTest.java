package org.roundtable.command;

import static org.roundtable.command.Given.CITY;
import static org.roundtable.command.Given.COMPANY;
import static org.roundtable.command.Given.NOW;
import static org.roundtable.command.Given.PARTNERSHIP;
import static org.roundtable.command.Given.PROPOSAL;
import static org.roundtable.command.Given.decimal;
import static org.roundtable.command.RuleViolationMatcher.violation;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.Test;
import org.roundtable.api.ErrorCode;
import org.roundtable.api.Evidence;
import org.roundtable.api.IndicatorId;
import org.roundtable.api.IndicatorProgress;
import org.roundtable.api.Outcome;
import org.roundtable.api.Phase;
import org.roundtable.api.ProposalKind;
import org.roundtable.api.ScalingGate;
import org.roundtable.api.Tally;
import org.roundtable.api.VoteChoice;
import org.roundtable.api.commands.CloseProposal;
import org.roundtable.api.commands.ProposalClosure;
import org.roundtable.api.events.PhaseChanged;
import org.roundtable.api.events.ProposalClosed;
import org.roundtable.api.events.ProposalSubmitted;

/**
 * The scaling gate (SPEC section 10): a move to SCALE cites indicators, and once adopted it moves the
 * partnership only if, at closing, every one of them has reached its target. Two indicators, both
 * measuring swimming days from 10 to 60, are adopted while the partnership pilot-tests.
 */
class ScalingGateTest {

    private static final IndicatorId BEACH = IndicatorId.random();
    private static final IndicatorId HARBOUR = IndicatorId.random();
    private static final Instant MONTH_AGO = NOW.minus(Duration.ofDays(30));

    private final AggregateTestFixture<Partnership> fixture = Given.fixture();

    @Test
    void aMoveToScaleMustCiteAnIndicator() {
        fixture.given(pilotTesting())
                .when(Given.submit(ProposalKind.PHASE_CHANGE, Phase.SCALE, null, null))
                .expectException(violation(ErrorCode.INVALID_VALUE, "evidence"))
                .expectNoEvents();
        fixture.given(pilotTesting())
                .when(Given.submit(ProposalKind.PHASE_CHANGE, Phase.SCALE, null, List.of()))
                .expectException(violation(ErrorCode.INVALID_VALUE, "evidence"));
    }

    @Test
    void aMoveToScaleCitingIndicatorsRecordsWhatTheyShowed() {
        fixture.given(Given.concat(pilotTesting(), List.of(Given.measured(BEACH, "60", MONTH_AGO))))
                .when(Given.submit(ProposalKind.PHASE_CHANGE, Phase.SCALE, null, List.of(BEACH, HARBOUR)))
                .expectEvents(
                        moveToScaleCiting(new Evidence(BEACH, decimal("60"), 1.0), new Evidence(HARBOUR, null, null)));
    }

    @Test
    void anAdoptedMoveToScaleWhoseIndicatorsAllReachedTheirTargetsMovesThePhase() {
        ScalingGate met =
                new ScalingGate(true, List.of(new IndicatorProgress(BEACH, 1.0), new IndicatorProgress(HARBOUR, 1.2)));
        List<Object> history = new ArrayList<>(pilotTesting());
        history.add(Given.measured(BEACH, "60", MONTH_AGO));
        history.add(Given.measured(HARBOUR, "70", MONTH_AGO));
        history.addAll(Given.agreedByAll(
                moveToScaleCiting(new Evidence(BEACH, decimal("60"), 1.0), new Evidence(HARBOUR, decimal("70"), 1.2))));
        fixture.given(history)
                .when(new CloseProposal(PARTNERSHIP, PROPOSAL))
                .expectEvents(
                        closed(Outcome.ADOPTED, Given.ALL_AGREE, met),
                        new PhaseChanged(PARTNERSHIP, PROPOSAL, Phase.PILOT_TEST, Phase.SCALE, 1))
                .expectResultMessagePayload(new ProposalClosure(Outcome.ADOPTED, Given.ALL_AGREE, met));
    }

    @Test
    void anAdoptedMoveToScaleWithAnIndicatorShortOfItsTargetStandsButDoesNotMove() {
        ScalingGate notMet =
                new ScalingGate(false, List.of(new IndicatorProgress(BEACH, 1.0), new IndicatorProgress(HARBOUR, 0.5)));
        List<Object> history = new ArrayList<>(pilotTesting());
        history.add(Given.measured(BEACH, "60", MONTH_AGO));
        history.add(Given.measured(HARBOUR, "35", MONTH_AGO));
        history.addAll(Given.agreedByAll(
                moveToScaleCiting(new Evidence(BEACH, decimal("60"), 1.0), new Evidence(HARBOUR, decimal("35"), 0.5))));
        fixture.given(history)
                .when(new CloseProposal(PARTNERSHIP, PROPOSAL))
                .expectEvents(closed(Outcome.ADOPTED, Given.ALL_AGREE, notMet))
                .expectResultMessagePayload(new ProposalClosure(Outcome.ADOPTED, Given.ALL_AGREE, notMet));
    }

    @Test
    void theGateReadsTheProgressAtClosingNotAtSubmission() {
        List<Object> history = new ArrayList<>(pilotTesting());
        history.add(Given.measured(BEACH, "35", MONTH_AGO));
        history.addAll(Given.agreedByAll(moveToScaleCiting(new Evidence(BEACH, decimal("35"), 0.5))));
        // Measured again while the vote ran: the target is reached by the time the proposal closes.
        history.add(Given.measured(BEACH, "61", NOW));
        fixture.given(history)
                .when(new CloseProposal(PARTNERSHIP, PROPOSAL))
                .expectEvents(
                        closed(
                                Outcome.ADOPTED,
                                Given.ALL_AGREE,
                                new ScalingGate(true, List.of(new IndicatorProgress(BEACH, 1.02)))),
                        new PhaseChanged(PARTNERSHIP, PROPOSAL, Phase.PILOT_TEST, Phase.SCALE, 1));
    }

    @Test
    void anIndicatorNobodyMeasuredHoldsTheGateShut() {
        List<Object> history = new ArrayList<>(pilotTesting());
        history.addAll(Given.agreedByAll(moveToScaleCiting(new Evidence(HARBOUR, null, null))));
        fixture.given(history)
                .when(new CloseProposal(PARTNERSHIP, PROPOSAL))
                .expectEvents(closed(
                        Outcome.ADOPTED,
                        Given.ALL_AGREE,
                        new ScalingGate(false, List.of(new IndicatorProgress(HARBOUR, null)))));
    }

    @Test
    void aRejectedMoveToScaleShowsItsGateAndDoesNotMove() {
        List<Object> history = new ArrayList<>(pilotTesting());
        history.add(Given.measured(BEACH, "60", MONTH_AGO));
        history.add(moveToScaleCiting(new Evidence(BEACH, decimal("60"), 1.0)));
        history.add(Given.voted(CITY, VoteChoice.DISAGREE));
        history.add(Given.voted(COMPANY, VoteChoice.DISAGREE));
        fixture.given(history)
                .when(new CloseProposal(PARTNERSHIP, PROPOSAL))
                .expectEvents(closed(
                        Outcome.REJECTED,
                        new Tally(0, 0, 2, 0, 3, 2),
                        new ScalingGate(true, List.of(new IndicatorProgress(BEACH, 1.0)))));
    }

    /** The three partners pilot-testing, with both indicators adopted and not yet measured. */
    private static List<Object> pilotTesting() {
        return Given.concat(
                Given.threePartnersIn(Phase.PILOT_TEST),
                List.of(Given.indicatorAdopted(BEACH), Given.indicatorAdopted(HARBOUR)));
    }

    private static ProposalSubmitted moveToScaleCiting(Evidence... evidence) {
        return Given.submitted(
                ProposalKind.PHASE_CHANGE, Phase.SCALE, Given.electorateOfThree(), null, List.of(evidence));
    }

    private static ProposalClosed closed(Outcome outcome, Tally tally, ScalingGate gate) {
        return new ProposalClosed(PARTNERSHIP, PROPOSAL, CITY, ProposalKind.PHASE_CHANGE, outcome, tally, gate);
    }
}
