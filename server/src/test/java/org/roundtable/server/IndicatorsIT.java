package org.roundtable.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.roundtable.server.support.Api;
import org.roundtable.server.support.Roundtable;
import org.roundtable.server.support.RoundtableIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Shared measurement and the scaling gate (SPEC section 10) through the API: the river partnership adopts
 * "swimmable days" from 10 to 60 (progress = (value − 10) / 50), its partners measure it, and a move to
 * SCALE waits until the target is reached.
 */
@RoundtableIntegrationTest
class IndicatorsIT {

    @Autowired
    Api api;

    @Autowired
    Roundtable table;

    @Test
    void partnersMeasureAnAdoptedIndicatorAndTheGateOpensWhenItsTargetIsReached() {
        String partnership = table.formPartnership("MAJORITY");
        String city = table.admit(partnership, "City of Riverside", "PUBLIC");
        String mill = table.admit(partnership, "Paper Mill Ltd", "PRIVATE");
        String residents = table.admit(partnership, "Riverside Residents", "COMMUNITY");
        List<String> everyone = List.of(city, mill, residents);

        String days = api.create(Roundtable.partnership(partnership) + "/proposals", """
                {"partnerId": "%s", "kind": "INDICATOR", "title": "Count swimmable days",
                 "text": "From 10 days a year to 60",
                 "indicator": {"name": "Swimmable days", "unit": "days", "baseline": 10, "target": 60}}""".formatted(city));
        table.measure(partnership, days, city, "20", "2025-04-01T00:00:00Z")
                .problem(404, "INDICATOR_NOT_FOUND", "indicatorId");
        decide(partnership, days, everyone);
        JsonNode proposal = api.awaitView(
                Roundtable.proposal(partnership, days),
                shown -> shown.path("status").asText().equals("CLOSED"));
        assertThat(proposal.path("indicator").path("name").asText()).isEqualTo("Swimmable days");
        assertThat(proposal.path("gate").isNull()).isTrue();

        // City measures 20 in April, the mill 30 on the 20th, the residents 35 in May; City's reading of
        // mid-April comes last but was observed earlier, so 35 stays the latest.
        created(table.measure(partnership, days, city, "20", "2025-04-01T00:00:00Z"), partnership, days);
        created(table.measure(partnership, days, mill, "30", "2025-04-20T00:00:00Z"), partnership, days);
        created(table.measure(partnership, days, residents, "35", "2025-05-01T00:00:00Z"), partnership, days);
        long lastMeasured = table.measure(partnership, days, city, "25", "2025-04-15T00:00:00Z")
                .sequence();
        table.withdrawAccepted(partnership, mill);

        String tomorrow = Instant.now().plus(1, ChronoUnit.DAYS).toString();
        table.measure(partnership, days, city, "40", tomorrow).problem(400, "INVALID_VALUE", "observedAt");
        table.measure(partnership, UUID.randomUUID().toString(), city, "40", "2025-05-02T00:00:00Z")
                .problem(404, "INDICATOR_NOT_FOUND", "indicatorId");
        table.measure(partnership, days, mill, "40", "2025-05-02T00:00:00Z").problem(409, "PARTNER_NOT_ACTIVE");
        for (String notFinite : List.of("\"NaN\"", "\"Infinity\"", "1e999")) {
            table.measure(partnership, days, city, notFinite, "2025-05-02T00:00:00Z")
                    .problem(400, "INVALID_VALUE", "value");
        }
        // A bare NaN is not JSON at all: refused before any field is read.
        table.measure(partnership, days, city, "NaN", "2025-05-02T00:00:00Z").problem(400, "INVALID_VALUE");

        JsonNode listed = api.get(Roundtable.partnership(partnership) + "/indicators?minSequence=" + lastMeasured)
                .json()
                .path("indicators");
        assertThat(listed).hasSize(1);
        JsonNode indicator = listed.get(0);
        assertThat(indicator.path("indicatorId").asText()).isEqualTo(days);
        assertThat(indicator.path("unit").asText()).isEqualTo("days");
        assertThat(indicator.path("baseline").decimalValue()).isEqualByComparingTo("10");
        assertThat(indicator.path("target").decimalValue()).isEqualByComparingTo("60");
        assertThat(indicator.path("latest").path("value").decimalValue()).isEqualByComparingTo("35");
        assertThat(indicator.path("latest").path("observedAt").asText()).isEqualTo("2025-05-01T00:00:00Z");
        assertThat(indicator.path("latest").path("partnerId").asText()).isEqualTo(residents);
        assertThat(indicator.path("progress").asDouble()).isEqualTo(0.5);
        assertThat(indicator.path("measurements").asInt()).isEqualTo(4);
        // The mill withdrew; what it measured still counts.
        assertThat(indicator.path("contributors").asInt()).isEqualTo(3);

        JsonNode shown = api.get(Roundtable.indicator(partnership, days)).json();
        List<Object> history = new ArrayList<>();
        shown.path("history")
                .forEach(entry -> history.add(tuple(
                        entry.path("value").decimalValue().intValue(),
                        entry.path("partnerId").asText(),
                        entry.path("loop").asInt(),
                        entry.path("phase").asText())));
        assertThat(history)
                .containsExactly(
                        tuple(20, city, 1, "MOBILIZE"),
                        tuple(25, city, 1, "MOBILIZE"),
                        tuple(30, mill, 1, "MOBILIZE"),
                        tuple(35, residents, 1, "MOBILIZE"));
        assertThat(shown.path("latest")).isEqualTo(indicator.path("latest"));
        api.get(Roundtable.indicator(partnership, UUID.randomUUID().toString()))
                .problem(404, "INDICATOR_NOT_FOUND", "indicatorId");

        // Up to PILOT_TEST, then the move to SCALE, which must cite evidence.
        moveTo(partnership, city, "CO_DEVELOP", List.of(city, residents));
        moveTo(partnership, city, "PILOT_TEST", List.of(city, residents));
        api.post(Roundtable.partnership(partnership) + "/proposals", """
                {"partnerId": "%s", "kind": "PHASE_CHANGE", "title": "Scale up", "text": "Roll out",
                 "targetPhase": "SCALE"}""".formatted(city))
                .problem(400, "INVALID_VALUE", "evidence");

        String early = scaleUp(partnership, city, days);
        JsonNode cited = api.awaitView(Roundtable.proposal(partnership, early), view -> true);
        assertThat(cited.path("evidence")).hasSize(1);
        assertThat(cited.path("evidence").get(0).path("indicatorId").asText()).isEqualTo(days);
        assertThat(cited.path("evidence").get(0).path("value").decimalValue()).isEqualByComparingTo("35");
        assertThat(cited.path("evidence").get(0).path("progress").asDouble()).isEqualTo(0.5);
        JsonNode shut = decide(partnership, early, List.of(city, residents));
        assertThat(shut.path("outcome").asText()).isEqualTo("ADOPTED");
        assertThat(shut.path("gate").path("met").asBoolean(true)).isFalse();
        assertThat(shut.path("gate").path("indicators").get(0).path("progress").asDouble())
                .isEqualTo(0.5);
        JsonNode closed = api.awaitView(
                Roundtable.proposal(partnership, early),
                view -> view.path("status").asText().equals("CLOSED"));
        assertThat(closed.path("gate")).isEqualTo(shut.path("gate"));
        assertThat(api.awaitView(Roundtable.partnership(partnership) + "/decisions", log -> log.size() == 4)
                        .get(3)
                        .path("gate"))
                .isEqualTo(shut.path("gate"));
        assertThat(api.get(Roundtable.partnership(partnership))
                        .json()
                        .path("phase")
                        .asText())
                .isEqualTo("PILOT_TEST");

        // The residents observe 60 in June: the target is reached, and the second move passes the gate.
        created(table.measure(partnership, days, residents, "60", "2025-06-01T00:00:00Z"), partnership, days);
        String ready = scaleUp(partnership, city, days);
        JsonNode open = decide(partnership, ready, List.of(city, residents));
        assertThat(open.path("gate").path("met").asBoolean()).isTrue();
        assertThat(open.path("gate").path("indicators").get(0).path("progress").asDouble())
                .isEqualTo(1.0);
        assertThat(api.awaitView(
                                Roundtable.partnership(partnership),
                                view -> view.path("phase").asText().equals("SCALE"))
                        .path("loop")
                        .asInt())
                .isEqualTo(1);

        // From SCALE back to CO_DEVELOP: the next loop, where new measurements are filed.
        long back = moveTo(partnership, city, "CO_DEVELOP", List.of(city, residents));
        JsonNode secondLoop = api.get(Roundtable.partnership(partnership) + "?minSequence=" + back)
                .json();
        assertThat(secondLoop.path("loop").asInt()).isEqualTo(2);
        assertThat(secondLoop.path("phase").asText()).isEqualTo("CO_DEVELOP");
        long measured = table.measure(partnership, days, city, "55", "2025-07-01T00:00:00Z")
                .sequence();
        JsonNode last = api.get(Roundtable.indicator(partnership, days) + "?minSequence=" + measured)
                .json()
                .path("history");
        assertThat(last.get(last.size() - 1).path("loop").asInt()).isEqualTo(2);
        assertThat(last.get(last.size() - 1).path("phase").asText()).isEqualTo("CO_DEVELOP");
        assertThat(api.get(Roundtable.partnership(partnership) + "?asOf=" + Instant.now())
                        .json()
                        .path("loop")
                        .asInt())
                .isEqualTo(2);
    }

    /** A measurement's Location is its indicator, whose history shows it. */
    private static void created(Api.Response response, String partnership, String indicator) {
        assertThat(response.status()).as(response.body()).isEqualTo(201);
        assertThat(response.location()).endsWith(Roundtable.indicator(partnership, indicator));
    }

    private String scaleUp(String partnership, String author, String indicator) {
        return api.create(Roundtable.partnership(partnership) + "/proposals", """
                {"partnerId": "%s", "kind": "PHASE_CHANGE", "title": "Scale up", "text": "Roll out",
                 "targetPhase": "SCALE", "evidence": ["%s"]}""".formatted(author, indicator));
    }

    /** Submits and adopts a move to {@code phase}; answers the stream sequence after the closing. */
    private long moveTo(String partnership, String author, String phase, List<String> voters) {
        String proposal = table.submit(partnership, author, "PHASE_CHANGE", "Move to " + phase, phase);
        voters.forEach(voter -> table.voteAccepted(partnership, proposal, voter, "AGREE"));
        Api.Response closing = api.post(Roundtable.proposal(partnership, proposal) + "/closure", "{}");
        assertThat(closing.json().path("outcome").asText()).isEqualTo("ADOPTED");
        return closing.sequence();
    }

    /** Every voter agrees and the proposal is closed; answers the closing. */
    private JsonNode decide(String partnership, String proposal, List<String> voters) {
        voters.forEach(voter -> table.voteAccepted(partnership, proposal, voter, "AGREE"));
        return table.close(partnership, proposal);
    }
}
