package org.roundtable.command;

import static org.roundtable.command.Given.COMPANY;
import static org.roundtable.command.Given.PARTNERSHIP;
import static org.roundtable.command.Given.PLEDGE;
import static org.roundtable.command.RuleViolationMatcher.violation;

import java.math.BigDecimal;
import java.util.List;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.TestExecutor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.roundtable.api.ErrorCode;
import org.roundtable.api.PledgeId;
import org.roundtable.api.PledgeKind;
import org.roundtable.api.Sector;
import org.roundtable.api.commands.MakePledge;
import org.roundtable.api.commands.PledgeBalance;
import org.roundtable.api.commands.RecordDelivery;
import org.roundtable.api.commands.WithdrawPledge;
import org.roundtable.api.events.PledgeDelivered;
import org.roundtable.api.events.PledgeWithdrawn;

/** Pledges of resources: deliveries against them never exceed what remains, and a withdrawal takes the rest. */
class PledgesTest {

    private final AggregateTestFixture<Partnership> fixture = Given.fixture();

    @Test
    void anActivePartnerPledgesAnAmountOfAUnit() {
        fixture.given(Given.threePartners()).when(pledge("1000", "EUR")).expectEvents(Given.pledged("1000", "EUR"));
    }

    @ParameterizedTest
    @CsvSource({
        "1000.00, 1000",
        "1E+3, 1000",
        "2.50, 2.5",
        "0.000001, 0.000001",
        "999999999999999, 999999999999999",
        "123456789.123456, 123456789.123456"
    })
    void anAmountIsStoredInOneWrittenFormWithoutExponent(String given, String stored) {
        fixture.given(Given.threePartners())
                .when(pledge(given, "EUR"))
                // BigDecimal equality holds the scale too: 1E+3 or 1000.00 would not equal 1000.
                .expectEvents(Given.pledged(stored, "EUR"));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "0",
                "0.000",
                "-5",
                "0.0000001",
                "1.1234567",
                "1234567890.123456",
                "1E+15",
                "1E+20",
                "1E+2147483647"
            })
    void anAmountIsPositiveWithSixDecimalsAndFifteenDigitsAtMost(String amount) {
        fixture.given(Given.threePartners())
                .when(pledge(amount, "EUR"))
                .expectException(violation(ErrorCode.INVALID_VALUE, "amount"))
                .expectNoEvents();
    }

    @Test
    void aPledgeNeedsAnAmount() {
        fixture.given(Given.threePartners())
                .when(new MakePledge(PARTNERSHIP, PLEDGE, COMPANY, PledgeKind.FUNDING, null, "EUR", "Water sampling"))
                .expectException(violation(ErrorCode.INVALID_VALUE, "amount"));
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "eur|EUR",
                " Eur |EUR",
                "hours|HOURS",
                "HOURS|HOURS",
                " tonnes of gravel |tonnes of gravel",
                "Euro|Euro",
                "hour|hour"
            })
    void euroAndHoursHaveOneSpellingAndOtherUnitsAreFreeText(String given, String stored) {
        fixture.given(Given.threePartners()).when(pledge("12", given)).expectEvents(Given.pledged("12", stored));
    }

    @ParameterizedTest
    @ValueSource(strings = {" ", "a unit of measure that is longer than fifty characters"})
    void aUnitIsAShortText(String unit) {
        fixture.given(Given.threePartners())
                .when(pledge("12", unit))
                .expectException(violation(ErrorCode.INVALID_VALUE, "unit"));
    }

    @Test
    void aPledgeNeedsAKind() {
        fixture.given(Given.threePartners())
                .when(new MakePledge(PARTNERSHIP, PLEDGE, COMPANY, null, BigDecimal.TEN, "EUR", "Water sampling"))
                .expectException(violation(ErrorCode.INVALID_VALUE, "kind"));
    }

    @Test
    void aPledgeNeedsADescription() {
        fixture.given(Given.threePartners())
                .when(new MakePledge(PARTNERSHIP, PLEDGE, COMPANY, PledgeKind.FUNDING, BigDecimal.TEN, "EUR", ""))
                .expectException(violation(ErrorCode.INVALID_VALUE, "description"));
    }

    @Test
    void aWithdrawnPartnerCannotPledge() {
        fixture.given(Given.concat(Given.threePartners(), List.of(Given.withdrew(COMPANY))))
                .when(pledge("1000", "EUR"))
                .expectException(violation(ErrorCode.PARTNER_NOT_ACTIVE, "partnerId"))
                .expectNoEvents();
    }

    @Test
    void aDeliveryIsRecordedWithThePledgingPartnerAndAnswersTheBalance() {
        givenThePledge("1000")
                .when(new RecordDelivery(PARTNERSHIP, PLEDGE, new BigDecimal("250.50"), " First instalment "))
                .expectEvents(new PledgeDelivered(
                        PARTNERSHIP,
                        PLEDGE,
                        COMPANY,
                        Sector.PRIVATE,
                        new BigDecimal("250.5"),
                        "EUR",
                        "First instalment"))
                .expectResultMessagePayload(balance("1000", "250.5", "0", "749.5"));
    }

    @Test
    void aDeliveryOfExactlyWhatRemainsIsAccepted() {
        givenThePledge("1000", Given.delivered("400"))
                .when(new RecordDelivery(PARTNERSHIP, PLEDGE, new BigDecimal("600"), null))
                .expectEvents(Given.delivered("600"))
                .expectResultMessagePayload(balance("1000", "1000", "0", "0"));
    }

    @Test
    void theFiguresOfABalanceAreWrittenWithoutTrailingZeros() {
        givenThePledge("1", Given.delivered("0.5"))
                .when(new RecordDelivery(PARTNERSHIP, PLEDGE, new BigDecimal("0.5"), null))
                .expectResultMessagePayload(balance("1", "1", "0", "0"));
    }

    @Test
    void aDeliveryOneCentOverWhatRemainsIsRefused() {
        givenThePledge("1000", Given.delivered("400"))
                .when(new RecordDelivery(PARTNERSHIP, PLEDGE, new BigDecimal("600.01"), null))
                .expectException(violation(ErrorCode.DELIVERY_EXCEEDS_PLEDGE, "amount"))
                .expectExceptionMessage(
                        "A delivery of 600.01 EUR exceeds what remains of pledge " + PLEDGE + ": 600 EUR")
                .expectNoEvents();
    }

    @Test
    void aDeliveryAmountFollowsTheRulesOfAnAmount() {
        givenThePledge("1000")
                .when(new RecordDelivery(PARTNERSHIP, PLEDGE, new BigDecimal("0.0000001"), null))
                .expectException(violation(ErrorCode.INVALID_VALUE, "amount"));
    }

    @Test
    void aWithdrawalAfterAPartialDeliveryWithdrawsTheRest() {
        givenThePledge("1000", Given.delivered("250.5"))
                .when(new WithdrawPledge(PARTNERSHIP, PLEDGE, "Budget cut"))
                .expectEvents(new PledgeWithdrawn(
                        PARTNERSHIP, PLEDGE, COMPANY, Sector.PRIVATE, new BigDecimal("749.5"), "EUR", "Budget cut"))
                .expectResultMessagePayload(balance("1000", "250.5", "749.5", "0"));
    }

    @Test
    void aWithdrawnPledgeTakesNoDelivery() {
        givenThePledge("1000", withdrawn("1000"))
                .when(new RecordDelivery(PARTNERSHIP, PLEDGE, BigDecimal.ONE, null))
                .expectException(violation(ErrorCode.PLEDGE_WITHDRAWN))
                .expectNoEvents();
    }

    @Test
    void aWithdrawnPledgeCannotBeWithdrawnAgain() {
        givenThePledge("1000", Given.delivered("400"), withdrawn("600"))
                .when(new WithdrawPledge(PARTNERSHIP, PLEDGE, "Again"))
                .expectException(violation(ErrorCode.PLEDGE_WITHDRAWN))
                .expectNoEvents();
    }

    @Test
    void aPledgeDeliveredInFullCannotBeWithdrawn() {
        givenThePledge("1000", Given.delivered("1000"))
                .when(new WithdrawPledge(PARTNERSHIP, PLEDGE, "Too late"))
                .expectException(violation(ErrorCode.PLEDGE_FULFILLED))
                .expectNoEvents();
    }

    @Test
    void aWithdrawnPartnersPledgeTakesNoMoreDeliveries() {
        givenThePledge("1000", Given.delivered("400"), Given.withdrew(COMPANY))
                .when(new RecordDelivery(PARTNERSHIP, PLEDGE, BigDecimal.ONE, null))
                .expectException(violation(ErrorCode.PARTNER_NOT_ACTIVE))
                .expectNoEvents();
    }

    @Test
    void aWithdrawnPartnersPledgeCannotBeWithdrawn() {
        givenThePledge("1000", Given.delivered("400"), Given.withdrew(COMPANY))
                .when(new WithdrawPledge(PARTNERSHIP, PLEDGE, "Leaving"))
                .expectException(violation(ErrorCode.PARTNER_NOT_ACTIVE))
                .expectNoEvents();
    }

    @Test
    void aWithdrawalNeedsAReason() {
        givenThePledge("1000")
                .when(new WithdrawPledge(PARTNERSHIP, PLEDGE, null))
                .expectException(violation(ErrorCode.INVALID_VALUE, "reason"));
    }

    @Test
    void anUnknownPledgeIsNotFound() {
        givenThePledge("1000")
                .when(new RecordDelivery(PARTNERSHIP, PledgeId.random(), BigDecimal.ONE, null))
                .expectException(violation(ErrorCode.PLEDGE_NOT_FOUND, "pledgeId"));
        fixture.given(Given.threePartners())
                .when(new WithdrawPledge(PARTNERSHIP, PledgeId.random(), "Gone"))
                .expectException(violation(ErrorCode.PLEDGE_NOT_FOUND, "pledgeId"));
    }

    /** The three partners, the company's pledge of {@code amount} EUR, then {@code more}. */
    private TestExecutor<Partnership> givenThePledge(String amount, Object... more) {
        return fixture.given(Given.concat(
                Given.concat(Given.threePartners(), List.of(Given.pledged(amount, "EUR"))), List.of(more)));
    }

    private static MakePledge pledge(String amount, String unit) {
        return new MakePledge(
                PARTNERSHIP, PLEDGE, COMPANY, PledgeKind.FUNDING, new BigDecimal(amount), unit, "Water sampling");
    }

    private static PledgeWithdrawn withdrawn(String amount) {
        return new PledgeWithdrawn(
                PARTNERSHIP, PLEDGE, COMPANY, Sector.PRIVATE, new BigDecimal(amount), "EUR", "Budget cut");
    }

    private static PledgeBalance balance(String pledged, String delivered, String withdrawn, String remaining) {
        return new PledgeBalance(
                new BigDecimal(pledged),
                new BigDecimal(delivered),
                new BigDecimal(withdrawn),
                new BigDecimal(remaining));
    }
}
