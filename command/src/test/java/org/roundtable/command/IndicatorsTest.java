package org.roundtable.command;

import static org.roundtable.command.Given.CITY;
import static org.roundtable.command.Given.COMPANY;
import static org.roundtable.command.Given.NGO;
import static org.roundtable.command.Given.NOW;
import static org.roundtable.command.Given.PARTNERSHIP;
import static org.roundtable.command.Given.PROPOSAL;
import static org.roundtable.command.Given.SWIMMING_DAYS;
import static org.roundtable.command.Given.by;
import static org.roundtable.command.Given.decimal;
import static org.roundtable.command.RuleViolationMatcher.violation;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.TestExecutor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.roundtable.api.Actor;
import org.roundtable.api.ErrorCode;
import org.roundtable.api.Evidence;
import org.roundtable.api.IndicatorDefinition;
import org.roundtable.api.IndicatorId;
import org.roundtable.api.MeasurementId;
import org.roundtable.api.Outcome;
import org.roundtable.api.PartnerId;
import org.roundtable.api.Phase;
import org.roundtable.api.ProposalId;
import org.roundtable.api.ProposalKind;
import org.roundtable.api.Sector;
import org.roundtable.api.Tally;
import org.roundtable.api.VoteChoice;
import org.roundtable.api.commands.CloseProposal;
import org.roundtable.api.commands.RecordMeasurement;
import org.roundtable.api.commands.SubmitProposal;
import org.roundtable.api.events.IndicatorAdopted;
import org.roundtable.api.events.MeasurementRecorded;
import org.roundtable.api.events.PartnerRepresentativesChanged;
import org.roundtable.api.events.ProposalClosed;
import org.roundtable.api.events.ProposalSubmitted;

/**
 * Shared measurement (SPEC section 10): an INDICATOR proposal defines what to measure, its adoption
 * makes the indicator, partners measure it, and proposals cite it as evidence.
 */
class IndicatorsTest {

    private static final IndicatorId INDICATOR = IndicatorId.random();
    private static final MeasurementId MEASUREMENT = MeasurementId.random();

    private final AggregateTestFixture<Partnership> fixture = Given.fixture();

    // --- the definition, on INDICATOR proposals only

    @Test
    void anIndicatorProposalDefinesWhatToMeasureInItsOneWrittenForm() {
        IndicatorDefinition given =
                new IndicatorDefinition(" Swimming days ", "days a year", decimal("10.00"), decimal("6E+1"));
        fixture.given(Given.threePartners())
                .when(Given.submit(ProposalKind.INDICATOR, null, given, null))
                .expectEvents(Given.submitted(
                        ProposalKind.INDICATOR, null, Given.electorateOfThree(), SWIMMING_DAYS, List.of()));
    }

    @ParameterizedTest
    @CsvSource({"eur, EUR", "Hours, HOURS", "µg/l, µg/l"})
    void theUnitOfAnIndicatorIsSpelledAsAPledgesUnit(String given, String stored) {
        fixture.given(Given.threePartners())
                .when(Given.submit(ProposalKind.INDICATOR, null, swimmingDaysIn(given), null))
                .expectEvents(Given.submitted(
                        ProposalKind.INDICATOR, null, Given.electorateOfThree(), swimmingDaysIn(stored), List.of()));
    }

    @Test
    void anIndicatorProposalWithoutADefinitionStaysValid() {
        fixture.given(Given.threePartners())
                .when(Given.submit(ProposalKind.INDICATOR, null, null, null))
                .expectEvents(Given.submitted(ProposalKind.INDICATOR, null, Given.electorateOfThree()));
    }

    @ParameterizedTest
    @EnumSource(value = ProposalKind.class, names = "INDICATOR", mode = EnumSource.Mode.EXCLUDE)
    void onlyAnIndicatorProposalDefinesAnIndicator(ProposalKind kind) {
        fixture.given(Given.threePartners())
                .when(Given.submit(
                        kind, kind == ProposalKind.PHASE_CHANGE ? Phase.CO_DEVELOP : null, SWIMMING_DAYS, null))
                .expectException(violation(ErrorCode.INVALID_VALUE, "indicator"))
                .expectNoEvents();
    }

    @ParameterizedTest
    @CsvSource({"10, 10", "10, 10.000", "-2.5, -2.50"})
    void theBaselineAndTheTargetDiffer(String baseline, String target) {
        refusedAt(
                "indicator.target",
                new IndicatorDefinition("Swimming days", "days", decimal(baseline), decimal(target)));
    }

    @Test
    void anIndicatorHasAName() {
        refusedAt("indicator.name", new IndicatorDefinition(" ", "days", decimal("10"), decimal("60")));
        refusedAt("indicator.name", new IndicatorDefinition(null, "days", decimal("10"), decimal("60")));
    }

    @Test
    void anIndicatorHasAUnit() {
        refusedAt("indicator.unit", new IndicatorDefinition("Swimming days", "", decimal("10"), decimal("60")));
    }

    @Test
    void theBaselineAndTheTargetAreNumbersEveryJsonToolReadsExactly() {
        refusedAt("indicator.baseline", new IndicatorDefinition("Swimming days", "days", null, decimal("60")));
        refusedAt(
                "indicator.baseline",
                new IndicatorDefinition("Swimming days", "days", decimal("0.0000001"), decimal("60")));
        refusedAt(
                "indicator.target", new IndicatorDefinition("Swimming days", "days", decimal("10"), decimal("1E+15")));
    }

    // --- adoption

    @Test
    void anAdoptedIndicatorProposalAdoptsItsIndicatorUnderItsOwnIdRightAfterClosing() {
        fixture.given(Given.concat(Given.threePartners(), Given.agreedByAll(indicatorProposal(SWIMMING_DAYS))))
                .when(new CloseProposal(PARTNERSHIP, PROPOSAL))
                .expectEvents(
                        closed(Outcome.ADOPTED, Given.ALL_AGREE),
                        new IndicatorAdopted(
                                PARTNERSHIP,
                                IndicatorId.of(PROPOSAL),
                                "Swimming days",
                                "days a year",
                                decimal("10"),
                                decimal("60")));
    }

    @Test
    void aRejectedIndicatorProposalAdoptsNoIndicator() {
        fixture.given(Given.concat(
                        Given.threePartners(),
                        List.of(
                                indicatorProposal(SWIMMING_DAYS),
                                Given.voted(CITY, VoteChoice.DISAGREE),
                                Given.voted(COMPANY, VoteChoice.DISAGREE))))
                .when(new CloseProposal(PARTNERSHIP, PROPOSAL))
                .expectEvents(closed(Outcome.REJECTED, new Tally(0, 0, 2, 0, 3, 2)));
    }

    @Test
    void anAdoptedIndicatorProposalWithoutADefinitionAdoptsNoIndicator() {
        fixture.given(Given.concat(Given.threePartners(), Given.agreedByAll(indicatorProposal(null))))
                .when(new CloseProposal(PARTNERSHIP, PROPOSAL))
                .expectEvents(closed(Outcome.ADOPTED, Given.ALL_AGREE));
    }

    // --- measurement

    @ParameterizedTest
    @CsvSource({"35, 35", "35.50, 35.5", "-2.5, -2.5", "0.000, 0", "1E+3, 1000"})
    void aPartnerMeasuresAnAdoptedIndicator(String value, String stored) {
        givenNow(Given.concat(Given.threePartners(), List.of(Given.indicatorAdopted(INDICATOR))))
                .when(new RecordMeasurement(
                        PARTNERSHIP, INDICATOR, MEASUREMENT, NGO, decimal(value), NOW, " Bathing water survey "))
                .expectEvents(new MeasurementRecorded(
                        PARTNERSHIP,
                        INDICATOR,
                        MEASUREMENT,
                        NGO,
                        Sector.NON_PROFIT,
                        decimal(stored),
                        NOW,
                        "Bathing water survey"));
    }

    @Test
    void anIndicatorNobodyProposedIsNotFound() {
        givenNow(Given.threePartners())
                .when(measurement(IndicatorId.random(), "35", NOW))
                .expectException(violation(ErrorCode.INDICATOR_NOT_FOUND, "indicatorId"))
                .expectNoEvents();
    }

    @Test
    void anIndicatorWhoseProposalIsStillOpenIsNotFound() {
        givenNow(Given.concat(Given.threePartners(), List.of(indicatorProposal(SWIMMING_DAYS))))
                .when(measurement(IndicatorId.of(PROPOSAL), "35", NOW))
                .expectException(violation(ErrorCode.INDICATOR_NOT_FOUND, "indicatorId"));
    }

    @Test
    void anIndicatorWhoseProposalWasRejectedIsNotFound() {
        List<Object> history = new ArrayList<>(Given.threePartners());
        history.add(indicatorProposal(SWIMMING_DAYS));
        history.add(closed(Outcome.REJECTED, new Tally(0, 0, 3, 0, 3, 3)));
        givenNow(history)
                .when(measurement(IndicatorId.of(PROPOSAL), "35", NOW))
                .expectException(violation(ErrorCode.INDICATOR_NOT_FOUND, "indicatorId"));
    }

    @Test
    void anObservationMayBeOfThisVeryMomentButNotOfTheFuture() {
        givenNow(Given.concat(Given.threePartners(), List.of(Given.indicatorAdopted(INDICATOR))))
                .when(measurement(INDICATOR, "35", NOW.plus(Duration.ofNanos(1_000))))
                .expectException(violation(ErrorCode.INVALID_VALUE, "observedAt"))
                .expectNoEvents();
        givenNow(Given.concat(Given.threePartners(), List.of(Given.indicatorAdopted(INDICATOR))))
                .when(measurement(INDICATOR, "35", NOW))
                .expectSuccessfulHandlerExecution();
    }

    @Test
    void aMeasurementHasAValueAndAnInstant() {
        givenNow(Given.concat(Given.threePartners(), List.of(Given.indicatorAdopted(INDICATOR))))
                .when(new RecordMeasurement(PARTNERSHIP, INDICATOR, MEASUREMENT, NGO, null, NOW, null))
                .expectException(violation(ErrorCode.INVALID_VALUE, "value"));
        givenNow(Given.concat(Given.threePartners(), List.of(Given.indicatorAdopted(INDICATOR))))
                .when(new RecordMeasurement(PARTNERSHIP, INDICATOR, MEASUREMENT, NGO, decimal("35"), null, null))
                .expectException(violation(ErrorCode.INVALID_VALUE, "observedAt"));
    }

    @Test
    void aWithdrawnPartnerNoLongerMeasures() {
        givenNow(Given.concat(Given.threePartners(), List.of(Given.indicatorAdopted(INDICATOR), Given.withdrew(NGO))))
                .when(measurement(INDICATOR, "35", NOW))
                .expectException(violation(ErrorCode.PARTNER_NOT_ACTIVE, "partnerId"))
                .expectNoEvents();
    }

    @Test
    void onlyAPartnersRepresentativesRecordItsMeasurements() {
        List<Object> history = new ArrayList<>(Given.threePartners());
        history.add(Given.indicatorAdopted(INDICATOR));
        history.add(new PartnerRepresentativesChanged(PARTNERSHIP, CITY, List.of(Given.TESTER, "carl")));
        givenNow(history)
                .when(measurementBy(COMPANY), by(Actor.of("carl")))
                .expectException(violation(ErrorCode.NOT_REPRESENTATIVE, "partnerId"))
                .expectNoEvents();
        givenNow(history).when(measurementBy(CITY), by(Actor.of("carl"))).expectSuccessfulHandlerExecution();
    }

    // --- evidence

    @Test
    void aProposalRecordsTheLatestValueAndProgressOfEachIndicatorItCitesOnce() {
        IndicatorId unmeasured = IndicatorId.random();
        List<Object> history = new ArrayList<>(Given.threePartners());
        history.add(Given.indicatorAdopted(INDICATOR));
        history.add(Given.indicatorAdopted(unmeasured));
        // Recorded last but observed earlier: the latest is the one observed last.
        history.add(Given.measured(INDICATOR, "35", NOW.minus(Duration.ofDays(30))));
        history.add(Given.measured(INDICATOR, "20", NOW.minus(Duration.ofDays(60))));
        fixture.given(history)
                .when(Given.submit(ProposalKind.OBJECTIVE, null, null, List.of(INDICATOR, unmeasured, INDICATOR)))
                .expectEvents(Given.submitted(
                        ProposalKind.OBJECTIVE,
                        null,
                        Given.electorateOfThree(),
                        null,
                        List.of(new Evidence(INDICATOR, decimal("35"), 0.5), new Evidence(unmeasured, null, null))));
    }

    @Test
    void ofTwoMeasurementsObservedAtTheSameInstantTheOneRecordedLastCounts() {
        Instant observedAt = NOW.minus(Duration.ofDays(1));
        fixture.given(Given.concat(
                        Given.threePartners(),
                        List.of(
                                Given.indicatorAdopted(INDICATOR),
                                Given.measured(INDICATOR, "85", observedAt),
                                Given.measured(INDICATOR, "5", observedAt))))
                .when(Given.submit(ProposalKind.OBJECTIVE, null, null, List.of(INDICATOR)))
                .expectEvents(Given.submitted(
                        ProposalKind.OBJECTIVE,
                        null,
                        Given.electorateOfThree(),
                        null,
                        // (5 − 10) / (60 − 10): below the baseline, progress is negative, not clamped.
                        List.of(new Evidence(INDICATOR, decimal("5"), -0.1))));
    }

    @Test
    void citingAnIndicatorThatDoesNotExistIsNotFound() {
        fixture.given(Given.concat(Given.threePartners(), List.of(Given.indicatorAdopted(INDICATOR))))
                .when(Given.submit(ProposalKind.OBJECTIVE, null, null, List.of(INDICATOR, IndicatorId.random())))
                .expectException(violation(ErrorCode.INDICATOR_NOT_FOUND, "evidence"))
                .expectNoEvents();
    }

    @Test
    void citingAnIndicatorNotYetAdoptedIsNotFound() {
        ProposalId open = ProposalId.random();
        fixture.given(Given.concat(Given.threePartners(), List.of(indicatorProposal(SWIMMING_DAYS))))
                .when(new SubmitProposal(
                        PARTNERSHIP,
                        open,
                        CITY,
                        ProposalKind.OBJECTIVE,
                        "Swim again",
                        "Make the river swimmable by 2030",
                        null,
                        null,
                        List.of(IndicatorId.of(PROPOSAL))))
                .expectException(violation(ErrorCode.INDICATOR_NOT_FOUND, "evidence"));
    }

    @Test
    void aCitationIsAnId() {
        List<IndicatorId> withNull = new ArrayList<>();
        withNull.add(null);
        fixture.given(Given.threePartners())
                .when(Given.submit(ProposalKind.OBJECTIVE, null, null, withNull))
                .expectException(violation(ErrorCode.INVALID_VALUE, "evidence"));
    }

    private void refusedAt(String field, IndicatorDefinition indicator) {
        fixture.given(Given.threePartners())
                .when(Given.submit(ProposalKind.INDICATOR, null, indicator, null))
                .expectException(violation(ErrorCode.INVALID_VALUE, field))
                .expectNoEvents();
    }

    /** The fixture at {@link Given#NOW}, after {@code history}. */
    private TestExecutor<Partnership> givenNow(List<?> history) {
        return fixture.givenCurrentTime(NOW).andGiven(history);
    }

    private static IndicatorDefinition swimmingDaysIn(String unit) {
        return new IndicatorDefinition("Swimming days", unit, decimal("10"), decimal("60"));
    }

    /** The city's INDICATOR proposal {@link Given#PROPOSAL}, defining {@code indicator}, put to all three. */
    private static ProposalSubmitted indicatorProposal(IndicatorDefinition indicator) {
        return Given.submitted(ProposalKind.INDICATOR, null, Given.electorateOfThree(), indicator, List.of());
    }

    private static ProposalClosed closed(Outcome outcome, Tally tally) {
        return new ProposalClosed(PARTNERSHIP, PROPOSAL, CITY, ProposalKind.INDICATOR, outcome, tally, null);
    }

    /** The NGO's measurement of {@code indicator}. */
    private static RecordMeasurement measurement(IndicatorId indicator, String value, Instant observedAt) {
        return new RecordMeasurement(PARTNERSHIP, indicator, MEASUREMENT, NGO, decimal(value), observedAt, null);
    }

    /** A measurement of {@link #INDICATOR} for {@code partner}, observed a day ago. */
    private static RecordMeasurement measurementBy(PartnerId partner) {
        return new RecordMeasurement(
                PARTNERSHIP, INDICATOR, MEASUREMENT, partner, decimal("35"), NOW.minus(Duration.ofDays(1)), null);
    }
}
