package org.roundtable.command;

import static org.roundtable.command.Given.PARTNERSHIP;
import static org.roundtable.command.Given.rule;
import static org.roundtable.command.RuleViolationMatcher.violation;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.roundtable.api.DecisionMethod;
import org.roundtable.api.DecisionRule;
import org.roundtable.api.ErrorCode;
import org.roundtable.api.Phase;
import org.roundtable.api.commands.FormPartnership;
import org.roundtable.api.events.CoordinatorAppointed;
import org.roundtable.api.events.PartnershipFormed;

class FormingAPartnershipTest {

    private AggregateTestFixture<Partnership> fixture;

    @BeforeEach
    void setUp() {
        fixture = Given.fixture();
    }

    @Test
    void aPartnershipStartsInMobilizeWithTheUserWhoFormedItAsCoordinator() {
        DecisionRule rule = rule(DecisionMethod.MAJORITY, "0.5", true);
        fixture.givenNoPriorActivity()
                .when(new FormPartnership(PARTNERSHIP, "  Clean River ", "The river is polluted", rule))
                .expectEvents(
                        new PartnershipFormed(
                                PARTNERSHIP, "Clean River", "The river is polluted", rule, Phase.MOBILIZE),
                        new CoordinatorAppointed(PARTNERSHIP, Given.TESTER));
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "-0.1", "1.01", "2", "1E+1000000000"})
    void quorumOutsideZeroToOneIsRefused(String quorum) {
        fixture.givenNoPriorActivity()
                .when(new FormPartnership(
                        PARTNERSHIP, "Clean River", "Purpose", rule(DecisionMethod.CONSENSUS, quorum, false)))
                .expectException(violation(ErrorCode.INVALID_VALUE, "decisionRule.quorum"))
                .expectNoEvents();
    }

    @Test
    void aQuorumOfTheWholeElectorateIsAllowed() {
        fixture.givenNoPriorActivity()
                .when(new FormPartnership(
                        PARTNERSHIP, "Clean River", "Purpose", rule(DecisionMethod.CONSENT, "1", false)))
                .expectSuccessfulHandlerExecution();
    }

    @Test
    void aBlankNameIsRefused() {
        fixture.givenNoPriorActivity()
                .when(new FormPartnership(PARTNERSHIP, " ", "Purpose", Given.CONSENSUS_RULE))
                .expectException(violation(ErrorCode.INVALID_VALUE, "name"))
                .expectNoEvents();
    }

    @Test
    void aMissingPurposeIsRefused() {
        fixture.givenNoPriorActivity()
                .when(new FormPartnership(PARTNERSHIP, "Clean River", null, Given.CONSENSUS_RULE))
                .expectException(violation(ErrorCode.INVALID_VALUE, "purpose"));
    }

    @Test
    void aDecisionMethodIsRequired() {
        fixture.givenNoPriorActivity()
                .when(new FormPartnership(
                        PARTNERSHIP,
                        "Clean River",
                        "Purpose",
                        new DecisionRule(null, DecisionRule.DEFAULT_QUORUM, false)))
                .expectException(violation(ErrorCode.INVALID_VALUE, "decisionRule.method"));
    }

    @Test
    void anOverlongNameIsRefused() {
        fixture.givenNoPriorActivity()
                .when(new FormPartnership(
                        PARTNERSHIP, "x".repeat(Require.NAME_LENGTH + 1), "Purpose", Given.CONSENSUS_RULE))
                .expectException(violation(ErrorCode.INVALID_VALUE, "name"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"0.0000001", "1E-20000"})
    void aQuorumWithMoreThanSixDecimalPlacesIsRefused(String quorum) {
        fixture.givenNoPriorActivity()
                .when(new FormPartnership(
                        PARTNERSHIP, "Clean River", "Purpose", rule(DecisionMethod.MAJORITY, quorum, false)))
                .expectException(violation(ErrorCode.INVALID_VALUE, "decisionRule.quorum"))
                .expectNoEvents();
    }

    @Test
    void aQuorumWithSixDecimalPlacesIsAllowed() {
        fixture.givenNoPriorActivity()
                .when(new FormPartnership(
                        PARTNERSHIP, "Clean River", "Purpose", rule(DecisionMethod.MAJORITY, "0.666667", false)))
                .expectSuccessfulHandlerExecution();
    }

    @ParameterizedTest
    @ValueSource(strings = {"River\u0000Board", "River \ud800 Board", "River \udc00 Board", "River Board \ud83c"})
    void textThatCannotBeStoredOrCanonicalisedIsRefused(String name) {
        fixture.givenNoPriorActivity()
                .when(new FormPartnership(PARTNERSHIP, name, "Purpose", Given.CONSENSUS_RULE))
                .expectException(violation(ErrorCode.INVALID_VALUE, "name"))
                .expectNoEvents();
    }

    @Test
    void charactersOutsideTheBasicPlaneAreWelcome() {
        fixture.givenNoPriorActivity()
                .when(new FormPartnership(PARTNERSHIP, "River Board \ud83c\udf0a", "Purpose", Given.CONSENSUS_RULE))
                .expectSuccessfulHandlerExecution();
    }
}
