package org.roundtable.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.roundtable.server.support.Api;
import org.roundtable.server.support.Roundtable;
import org.roundtable.server.support.Roundtable.Recorded;
import org.roundtable.server.support.RoundtableIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** Pledges through HTTP: what each accepted request stores and answers, and that every refused one stores nothing. */
@RoundtableIntegrationTest
class PledgesIT {

    @Autowired
    Api api;

    @Autowired
    Roundtable table;

    @Autowired
    JdbcTemplate jdbc;

    String partnership;
    String mill;

    @BeforeEach
    void formAPartnershipWithACompany() {
        partnership = table.formPartnership("CONSENT");
        table.admit(partnership, "City of Riverside", "PUBLIC");
        mill = table.admit(partnership, "Paper Mill Ltd", "PRIVATE");
    }

    @Test
    void aPledgeIsStoredWithThePartnersSectorAndTheCanonicalUnit() {
        Recorded recorded = table.recordedBy(partnership, () -> api.post(pledges(), """
                {"partnerId": "%s", "kind": "FUNDING", "amount": 1000.00, "unit": "eur",
                 "description": "Water sampling for a year"}""".formatted(mill)));

        String pledge = recorded.response().createdId();
        assertThat(recorded.response().location()).endsWith(Roundtable.pledge(partnership, pledge));
        assertThat(recorded.response().sequence()).isEqualTo(recorded.onlySequence());
        assertThat(recorded.onlyEvent("PledgeMade"))
                .isEqualTo(Roundtable.parse("""
                {"partnershipId": "%s", "pledgeId": "%s", "partnerId": "%s", "sector": "PRIVATE", "kind": "FUNDING",
                 "amount": 1000, "unit": "EUR", "description": "Water sampling for a year"}""".formatted(partnership, pledge, mill)));
    }

    @Test
    void anAmountIsStoredWithoutTrailingZerosOrExponent() {
        table.pledge(partnership, mill, "IN_KIND", "1E+3", "tonnes of gravel");

        assertThat(lastStoredPayload()).contains("\"amount\":1000,").doesNotContain("E+");
        table.pledge(partnership, mill, "STAFF_TIME", "12.500", "Hours");
        assertThat(lastStoredPayload()).contains("\"amount\":12.5,", "\"unit\":\"HOURS\"");
    }

    @Test
    void aDeliveryIsStoredAndAnswersTheBalance() {
        String pledge = table.pledge(partnership, mill, "FUNDING", "1000", "EUR");

        Recorded delivery = table.recordedBy(partnership, () -> table.deliver(partnership, pledge, "250.50"));

        assertThat(delivery.response().status()).isEqualTo(200);
        assertThat(delivery.response().json()).isEqualTo(Roundtable.parse("""
                {"pledged": 1000, "delivered": 250.5, "withdrawn": 0, "remaining": 749.5}"""));
        assertThat(delivery.response().sequence()).isEqualTo(delivery.onlySequence());
        assertThat(delivery.onlyEvent("PledgeDelivered"))
                .isEqualTo(Roundtable.parse("""
                {"partnershipId": "%s", "pledgeId": "%s", "partnerId": "%s", "sector": "PRIVATE", "amount": 250.5,
                 "unit": "EUR", "note": "Paid by bank transfer"}""".formatted(partnership, pledge, mill)));
    }

    @Test
    void aDeliveryOfExactlyWhatRemainsIsAcceptedAndOneCentMoreIsRefused() {
        String pledge = table.pledge(partnership, mill, "FUNDING", "1000", "EUR");
        table.deliver(partnership, pledge, "400");

        JsonNode problem = table.recordedBy(partnership, () -> table.deliver(partnership, pledge, "600.01"))
                .nothingStored()
                .problem(409, "DELIVERY_EXCEEDS_PLEDGE", "amount");
        assertThat(problem.path("detail").asText()).contains("600 EUR");
        Api.Response rest = table.deliver(partnership, pledge, "600");
        assertThat(rest.status()).isEqualTo(200);
        assertThat(rest.json().path("remaining").decimalValue()).isZero();
    }

    @Test
    void aWithdrawalAfterAPartialDeliveryWithdrawsTheRest() {
        String pledge = table.pledge(partnership, mill, "FUNDING", "1000", "EUR");
        table.deliver(partnership, pledge, "250.5");

        Recorded withdrawal = table.recordedBy(partnership, () -> table.withdrawPledge(partnership, pledge));

        assertThat(withdrawal.response().status()).isEqualTo(200);
        assertThat(withdrawal.response().json()).isEqualTo(Roundtable.parse("""
                {"pledged": 1000, "delivered": 250.5, "withdrawn": 749.5, "remaining": 0}"""));
        assertThat(withdrawal.onlyEvent("PledgeWithdrawn"))
                .isEqualTo(Roundtable.parse("""
                {"partnershipId": "%s", "pledgeId": "%s", "partnerId": "%s", "sector": "PRIVATE", "amount": 749.5,
                 "unit": "EUR", "reason": "The budget was cut"}""".formatted(partnership, pledge, mill)));
    }

    @Test
    void aWithdrawnPledgeTakesNoDeliveryAndNoSecondWithdrawal() {
        String pledge = table.pledge(partnership, mill, "FUNDING", "1000", "EUR");
        table.withdrawPledge(partnership, pledge);

        table.recordedBy(partnership, () -> table.deliver(partnership, pledge, "1"))
                .nothingStored()
                .problem(409, "PLEDGE_WITHDRAWN");
        table.recordedBy(partnership, () -> table.withdrawPledge(partnership, pledge))
                .nothingStored()
                .problem(409, "PLEDGE_WITHDRAWN");
    }

    @Test
    void aPledgeDeliveredInFullCannotBeWithdrawn() {
        String pledge = table.pledge(partnership, mill, "EXPERTISE", "40", "HOURS");
        table.deliver(partnership, pledge, "40");

        table.recordedBy(partnership, () -> table.withdrawPledge(partnership, pledge))
                .nothingStored()
                .problem(409, "PLEDGE_FULFILLED");
    }

    @Test
    void aWithdrawnPartnersPledgeTakesNoMoreDeliveriesOrWithdrawal() {
        String pledge = table.pledge(partnership, mill, "FUNDING", "1000", "EUR");
        table.withdrawAccepted(partnership, mill);

        table.recordedBy(partnership, () -> table.deliver(partnership, pledge, "1"))
                .nothingStored()
                .problem(409, "PARTNER_NOT_ACTIVE");
        table.recordedBy(partnership, () -> table.withdrawPledge(partnership, pledge))
                .nothingStored()
                .problem(409, "PARTNER_NOT_ACTIVE");
        table.recordedBy(partnership, () -> api.post(pledges(), """
                {"partnerId": "%s", "kind": "DATA", "amount": 1, "unit": "dataset", "description": "Flow data"}""".formatted(mill)))
                .nothingStored()
                .problem(409, "PARTNER_NOT_ACTIVE", "partnerId");
    }

    @Test
    void anUnknownPledgeIsNotFound() {
        String unknown = UUID.randomUUID().toString();

        table.recordedBy(partnership, () -> table.deliver(partnership, unknown, "1"))
                .nothingStored()
                .problem(404, "PLEDGE_NOT_FOUND", "pledgeId");
        table.recordedBy(partnership, () -> table.withdrawPledge(partnership, unknown))
                .nothingStored()
                .problem(404, "PLEDGE_NOT_FOUND", "pledgeId");
    }

    /** Nobody represents a partner that does not exist, so pledging for one is refused before it is looked up. */
    @Test
    void anUnknownPartnerCannotPledge() {
        table.recordedBy(partnership, () -> api.post(pledges(), """
                {"partnerId": "%s", "kind": "DATA", "amount": 1, "unit": "dataset", "description": "Flow data"}""".formatted(UUID.randomUUID())))
                .nothingStored()
                .problem(403, "NOT_REPRESENTATIVE", "partnerId");
    }

    private String pledges() {
        return Roundtable.partnership(partnership) + "/pledges";
    }

    /** The payload of the partnership's last event as stored, byte for byte. */
    private String lastStoredPayload() {
        byte[] payload = jdbc.queryForObject(
                "SELECT payload FROM domain_event_entry WHERE aggregate_identifier = ?"
                        + " ORDER BY sequence_number DESC LIMIT 1",
                byte[].class,
                partnership);
        return new String(payload, StandardCharsets.UTF_8);
    }
}
