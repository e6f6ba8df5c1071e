package org.roundtable.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.roundtable.server.support.Api;
import org.roundtable.server.support.Roundtable;
import org.roundtable.server.support.RoundtableIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;

/** The partnership as it stood at an instant, rebuilt from the stored events rather than read from the view. */
@RoundtableIntegrationTest
class PartnershipAsOfIT {

    @Autowired
    Api api;

    @Autowired
    Roundtable table;

    @Test
    void thePartnershipIsShownAsItStoodBeforeAndAfterAPhaseChangeAWithdrawalAndAnAmendment() {
        Signed signed = cityAndMillSignTheContract("CONSENSUS");
        String partnership = signed.partnership();
        String city = signed.city();
        String mill = signed.mill();
        Instant beforePhaseChange = betweenWrites();
        adoptPhaseChange(partnership, city, mill);
        Instant beforeWithdrawal = betweenWrites();
        table.withdrawAccepted(partnership, mill);
        Instant beforeAmendment = betweenWrites();
        table.draft(partnership, "Each partner monitors its own discharge monthly");
        Instant afterAmendment = betweenWrites();

        JsonNode beforeTheMove = asOf(partnership, beforePhaseChange);
        assertThat(beforeTheMove.path("phase").asText()).isEqualTo("MOBILIZE");
        assertThat(statuses(beforeTheMove)).containsExactly("ACTIVE", "ACTIVE");
        assertThat(beforeTheMove.path("contract").path("status").asText()).isEqualTo("IN_FORCE");

        JsonNode afterTheMove = asOf(partnership, beforeWithdrawal);
        assertThat(afterTheMove.path("phase").asText()).isEqualTo("CO_DEVELOP");
        assertThat(statuses(afterTheMove)).containsExactly("ACTIVE", "ACTIVE");

        JsonNode afterTheWithdrawal = asOf(partnership, beforeAmendment);
        assertThat(statuses(afterTheWithdrawal)).containsExactly("ACTIVE", "WITHDRAWN");
        Instant withdrawnAt = Instant.parse(
                afterTheWithdrawal.path("partners").get(1).path("withdrawnAt").asText());
        assertThat(withdrawnAt).isBetween(beforeWithdrawal, beforeAmendment);
        assertThat(afterTheWithdrawal.path("contract").path("version").asInt()).isEqualTo(1);
        assertThat(afterTheWithdrawal.path("contract").path("terms").asText())
                .isEqualTo("Each partner monitors its own discharge");
        assertThat(afterTheWithdrawal.path("contract").path("signedBy"))
                .containsExactly(TextNode.valueOf(city), TextNode.valueOf(mill));

        JsonNode afterTheAmendment = asOf(partnership, afterAmendment);
        assertThat(afterTheAmendment.path("contract").path("version").asInt()).isEqualTo(2);
        assertThat(afterTheAmendment.path("contract").path("status").asText()).isEqualTo("DRAFT");
        assertThat(afterTheAmendment.path("contract").path("terms").asText())
                .isEqualTo("Each partner monitors its own discharge monthly");
        assertThat(afterTheAmendment.path("contract").path("signedBy")).isEmpty();
    }

    /** Guards the fold against drifting from the projection on a history that touches every field. */
    @Test
    void asOfNowIsTheLiveView() {
        Signed signed = cityAndMillSignTheContract("MAJORITY");
        String partnership = signed.partnership();
        String mill = signed.mill();
        adoptPhaseChange(partnership, signed.city(), mill);
        String residents = table.admit(partnership, "Riverside Residents", "COMMUNITY");
        table.draft(partnership, "Each partner monitors its own discharge monthly");
        table.signAccepted(partnership, residents, 2);
        table.signAccepted(partnership, mill, 2);
        long last = table.withdrawAccepted(partnership, signed.city());

        JsonNode live = api.get(Roundtable.partnership(partnership) + "?minSequence=" + last)
                .json();
        JsonNode rebuilt = asOf(partnership, betweenWrites());

        assertThat(live.path("contract").path("status").asText())
                .as("a rich history")
                .isEqualTo("IN_FORCE");
        assertThat(rebuilt).isEqualTo(live);
    }

    @Test
    void beforeItWasFormedThePartnershipIsNotFound() {
        Instant beforeForming = betweenWrites();
        String partnership = table.formPartnership("CONSENT");

        Api.Response response = api.get(Roundtable.partnership(partnership) + "?asOf=" + beforeForming);

        response.problem(404, "PARTNERSHIP_NOT_FOUND");
    }

    @Test
    void anUnknownPartnershipIsNotFoundAtAnyInstant() {
        api.get(Roundtable.partnership(UUID.randomUUID().toString()) + "?asOf=" + Instant.now())
                .problem(404, "PARTNERSHIP_NOT_FOUND");
    }

    @Test
    void anInstantWithAnOffsetIsTheSameInstant() {
        String partnership = table.formPartnership("CONSENT");
        Instant formed = betweenWrites();
        String withOffset = formed.atOffset(ZoneOffset.ofHours(2)).toString();

        JsonNode view = api.get(Roundtable.partnership(partnership) + "?asOf="
                        + URLEncoder.encode(withOffset, StandardCharsets.UTF_8))
                .json();

        assertThat(view.path("id").asText()).isEqualTo(partnership);
    }

    @Test
    void aMalformedOrBlankInstantIsInvalidAndSoIsAMinSequence() {
        String partnership = Roundtable.partnership(table.formPartnership("CONSENT"));

        JsonNode malformed = api.get(partnership + "?asOf=yesterday").problem(400, "INVALID_VALUE", "asOf");
        assertThat(malformed.path("detail").asText()).contains("ISO-8601");
        api.get(partnership + "?asOf=").problem(400, "INVALID_VALUE", "asOf");
        api.get(partnership + "?asOf=" + Instant.now() + "&minSequence=1").problem(400, "INVALID_VALUE", "minSequence");
    }

    /** Forms a partnership of a city and a mill, both of which sign its first contract: it is in force. */
    private Signed cityAndMillSignTheContract(String method) {
        String partnership = table.formPartnership(method);
        String city = table.admit(partnership, "City of Riverside", "PUBLIC");
        String mill = table.admit(partnership, "Paper Mill Ltd", "PRIVATE");
        table.draft(partnership, "Each partner monitors its own discharge");
        table.signAccepted(partnership, city, 1);
        table.signAccepted(partnership, mill, 1);
        return new Signed(partnership, city, mill);
    }

    private record Signed(String partnership, String city, String mill) {}

    private void adoptPhaseChange(String partnership, String... voters) {
        String proposal = table.submit(partnership, voters[0], "PHASE_CHANGE", "Co-develop the plan", "CO_DEVELOP");
        for (String voter : voters) {
            table.voteAccepted(partnership, proposal, voter, "AGREE");
        }
        assertThat(table.close(partnership, proposal).path("outcome").asText()).isEqualTo("ADOPTED");
    }

    private JsonNode asOf(String partnership, Instant instant) {
        Api.Response response = api.get(Roundtable.partnership(partnership) + "?asOf=" + instant);
        assertThat(response.status()).as("asOf answered %s", response.body()).isEqualTo(200);
        return response.json();
    }

    /**
     * An instant strictly between the write before and the write after: the event store keeps
     * timestamps to the millisecond, so a few milliseconds either side keep them from tying.
     */
    private static Instant betweenWrites() {
        pause();
        Instant now = Instant.now();
        pause();
        return now;
    }

    private static void pause() {
        try {
            Thread.sleep(5);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static List<String> statuses(JsonNode partnership) {
        return partnership.path("partners").findValuesAsText("status");
    }
}
