package org.roundtable.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import org.assertj.core.data.Offset;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;
import org.roundtable.server.support.Api;
import org.roundtable.server.support.Roundtable;
import org.roundtable.server.support.RoundtableIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A partnership goes round its life cycle twice (SPEC section 10): an adopted indicator, measurements, a
 * scale-up whose gate fails and one whose gate passes, the move back to CO_DEVELOP that starts loop 2, a
 * partner that withdraws in loop 2, and a second scale-up. The trends, and the reports over one segment,
 * are read back and compared with figures worked out by hand below, segment by segment.
 */
@RoundtableIntegrationTest
class TrendsIT {

    private static final Offset<Double> EXACTLY = Offset.offset(1e-9);

    @Autowired
    Api api;

    @Autowired
    Roundtable table;

    @Test
    void theTrendsOfTwoLoopsEqualTheFiguresWorkedByHand() {
        String partnership = table.formPartnership("MAJORITY");
        String city = table.admit(partnership, "City of Riverside", "PUBLIC");
        String mill = table.admit(partnership, "Paper Mill Ltd", "PRIVATE");
        String residents = table.admit(partnership, "Riverside Residents", "COMMUNITY");
        String university = table.admit(partnership, "River University", "KNOWLEDGE");
        List<String> everyone = List.of(city, mill, residents, university);

        // Segment 1 (loop 1, MOBILIZE): the city proposes an indicator and the move on, all four vote on
        // both; the residents log a lesson. voiceActs city 2, residents 1, mill 0, university 0.
        String days = api.create(Roundtable.partnership(partnership) + "/proposals", """
                {"partnerId": "%s", "kind": "INDICATOR", "title": "Count swimmable days",
                 "text": "From 10 days a year to 60",
                 "indicator": {"name": "Swimmable days", "unit": "days", "baseline": 10, "target": 60}}""".formatted(city));
        decide(partnership, days, everyone);
        table.logLesson(partnership, residents, "MOBILIZE", "Ask the anglers first");
        move(partnership, city, "CO_DEVELOP", null, everyone);

        // Segment 2 (1, CO_DEVELOP): a meeting where the city speaks 60 s, the mill 120 s, the university
        // 60 s; the city measures 35 (progress 0.5) and proposes the pilot, all four agree.
        String meeting = table.recordMeeting(partnership, "Design workshop", "2025-05-01T10:00:00Z");
        table.attend(partnership, meeting, city, mill, university);
        table.contribute(partnership, meeting, city, 60);
        table.contribute(partnership, meeting, mill, 120);
        table.contribute(partnership, meeting, university, 60);
        table.measure(partnership, days, city, "35", "2025-05-02T00:00:00Z");
        move(partnership, city, "PILOT_TEST", null, everyone);

        // Segment 3 (1, PILOT_TEST): the city's scale-up, three votes of four, is adopted but its gate
        // fails (progress 0.5); the residents record a measurement observed weeks earlier, 60, and their
        // scale-up, all four agreeing, passes the gate.
        JsonNode failed = move(partnership, city, "SCALE", days, List.of(city, mill, residents));
        assertThat(failed.path("outcome").asText()).isEqualTo("ADOPTED");
        assertThat(failed.path("gate").path("met").asBoolean(true)).isFalse();
        table.measure(partnership, days, residents, "60", "2025-05-20T00:00:00Z");
        JsonNode passed = move(partnership, residents, "SCALE", days, everyone);
        assertThat(passed.path("gate").path("met").asBoolean()).isTrue();

        // Segment 4 (1, SCALE): the mill proposes going round again; all agree: loop 2 begins.
        move(partnership, mill, "CO_DEVELOP", null, everyone);

        // Segment 5 (2, CO_DEVELOP): the university withdraws; the residents propose an objective (the
        // residents agree, the mill disagrees, it stays open), log a lesson and propose the pilot, which
        // the three remaining agree to; the mill speaks 30 s at a meeting.
        table.withdrawAccepted(partnership, university);
        List<String> remaining = List.of(city, mill, residents);
        String objective = table.submit(partnership, residents, "OBJECTIVE", "Open the river baths", null);
        table.voteAccepted(partnership, objective, residents, "AGREE");
        table.voteAccepted(partnership, objective, mill, "DISAGREE");
        table.logLesson(partnership, residents, "CO_DEVELOP", "Bring the baths into the plan");
        String review = table.recordMeeting(partnership, "Review", "2025-06-01T10:00:00Z");
        table.attend(partnership, review, mill);
        table.contribute(partnership, review, mill, 30);
        move(partnership, residents, "PILOT_TEST", null, remaining);

        // Segment 6 (2, PILOT_TEST): the residents' second scale-up passes the gate (progress 1).
        JsonNode again = move(partnership, residents, "SCALE", days, remaining);
        long last = again.path("sequence").asLong();
        assertThat(again.path("gate").path("met").asBoolean()).isTrue();

        // Segment 7 (2, SCALE) holds nothing yet: nobody has spoken, so every partner is SILENT.
        JsonNode trends = api.awaitView(
                Roundtable.partnership(partnership) + "/trends",
                shown -> shown.path("segments").size() == 7
                        && shown.path("segments").get(5).path("decided").asInt() == 1);
        List<Tuple> segments = new ArrayList<>();
        trends.path("segments")
                .forEach(segment -> segments.add(tuple(
                        segment.path("loop").asInt(),
                        segment.path("phase").asText(),
                        segment.path("turnout").asDouble(),
                        segment.path("silent").asInt(),
                        segment.path("dominant").asInt(),
                        segment.path("decided").asInt(),
                        segment.path("adopted").asInt())));
        assertThat(segments)
                .containsExactly(
                        // turnout: votes cast / eligible on the segment's proposals; 2 and 2 adopted.
                        tuple(1, "MOBILIZE", 1.0, 2, 1, 2, 2),
                        tuple(1, "CO_DEVELOP", 1.0, 1, 0, 1, 1),
                        // 3 of 4 on the failed scale-up, 4 of 4 on the passed one: 7/8; both adopted.
                        tuple(1, "PILOT_TEST", 7.0 / 8, 2, 0, 2, 2),
                        tuple(1, "SCALE", 1.0, 3, 1, 1, 1),
                        // 2 of 3 on the open objective, 3 of 3 on the pilot: 5/6; only the pilot closed.
                        tuple(2, "CO_DEVELOP", 5.0 / 6, 1, 1, 1, 1),
                        tuple(2, "PILOT_TEST", 1.0, 2, 1, 1, 1),
                        tuple(2, "SCALE", 0.0, 3, 0, 0, 0));
        // Gini of x₁…x_N = Σᵢ Σⱼ |xᵢ − xⱼ| / (2 N² x̄), worked per segment (voice acts; speaking seconds;
        // adopted proposals per author):
        //  1: voice 2,0,1,0 → 14/24; adopted 2,0,0,0 → 12/16.
        //  2: voice 2,1,0,1 → 12/32; seconds 60,120,0,60 → 720/1920; adopted 1,0,0,0 → 6/8.
        //  3: voice 1,0,1,0 → 8/16; adopted 1,0,1,0 → 8/16.
        //  4: voice 0,1,0,0 → 6/8; adopted the same.
        //  5 (N = 3, the university gone): voice 0,1,3 → 12/24; seconds 0,30,0 → 120/180; adopted 0,0,1 → 4/6.
        //  6: voice 0,0,1 → 4/6; adopted the same.
        //  7: all zero.
        double[][] gini = {
            {14.0 / 24, 0, 12.0 / 16},
            {12.0 / 32, 720.0 / 1920, 6.0 / 8},
            {8.0 / 16, 0, 8.0 / 16},
            {6.0 / 8, 0, 6.0 / 8},
            {12.0 / 24, 120.0 / 180, 4.0 / 6},
            {4.0 / 6, 0, 4.0 / 6},
            {0, 0, 0}
        };
        for (int i = 0; i < gini.length; i++) {
            JsonNode segment = trends.path("segments").get(i);
            assertThat(segment.path("voiceGini").asDouble())
                    .as("voiceGini of %d", i + 1)
                    .isCloseTo(gini[i][0], EXACTLY);
            assertThat(segment.path("balance").asDouble())
                    .as("balance of %d", i + 1)
                    .isCloseTo(1 - gini[i][0], EXACTLY);
            assertThat(segment.path("speakingGini").asDouble())
                    .as("speakingGini of %d", i + 1)
                    .isCloseTo(gini[i][1], EXACTLY);
            assertThat(segment.path("agendaGini").asDouble())
                    .as("agendaGini of %d", i + 1)
                    .isCloseTo(gini[i][2], EXACTLY);
            // Each segment ends where the next begins; the last is open.
            JsonNode next = trends.path("segments").get(i + 1);
            if (next != null) {
                assertThat(segment.path("to").asText())
                        .isEqualTo(next.path("from").asText());
            } else {
                assertThat(segment.path("to").isNull()).isTrue();
            }
        }

        // The second loop's CO_DEVELOP in full: the university withdrew in it, so it is listed apart.
        JsonNode participation = api.get(Roundtable.partnership(partnership)
                        + "/participation?loop=2&phase=CO_DEVELOP&minSequence=" + last)
                .json();
        List<Tuple> partners = new ArrayList<>();
        participation
                .path("partners")
                .forEach(partner -> partners.add(tuple(
                        partner.path("name").asText(),
                        partner.path("proposals").asInt(),
                        partner.path("votesCast").asInt(),
                        partner.path("votesEligible").asInt(),
                        partner.path("meetingsHeld").asInt(),
                        partner.path("speakingSeconds").asInt(),
                        partner.path("lessons").asInt())));
        assertThat(partners)
                .containsExactly(
                        tuple("City of Riverside", 0, 1, 2, 1, 0, 0),
                        tuple("Paper Mill Ltd", 0, 2, 2, 1, 30, 0),
                        tuple("Riverside Residents", 2, 2, 2, 1, 0, 1));
        assertThat(participation.path("withdrawn")).hasSize(1);
        assertThat(participation.path("withdrawn").get(0).path("name").asText()).isEqualTo("River University");
        assertThat(participation.path("equalShare").asDouble()).isCloseTo(1.0 / 3, EXACTLY);

        // Loop 1's PILOT_TEST in power: the city and the residents each got one proposal adopted there.
        JsonNode power = api.get(Roundtable.partnership(partnership) + "/power-balance?loop=1&phase=PILOT_TEST")
                .json();
        List<Tuple> weights = new ArrayList<>();
        power.path("partners")
                .forEach(partner -> weights.add(tuple(
                        partner.path("name").asText(),
                        partner.path("proposalsDecided").asInt(),
                        partner.path("proposalsAdopted").asInt(),
                        partner.path("agendaShare").asDouble())));
        assertThat(weights)
                .containsExactly(
                        tuple("City of Riverside", 1, 1, 0.5),
                        tuple("Paper Mill Ltd", 0, 0, 0.0),
                        tuple("Riverside Residents", 1, 1, 0.5),
                        tuple("River University", 0, 0, 0.0));

        // The whole life is the sum of the segments: the city proposed 4 times, all in loop 1.
        JsonNode whole =
                api.get(Roundtable.partnership(partnership) + "/participation").json();
        assertThat(whole.path("partners").get(0).path("proposals").asInt()).isEqualTo(4);
        assertThat(whole.path("partners").get(2).path("proposals").asInt()).isEqualTo(4);
        api.get(Roundtable.partnership(partnership) + "/participation?loop=3&phase=CO_DEVELOP")
                .problem(404, "SEGMENT_NOT_FOUND");
    }

    /**
     * Proposes the move to {@code phase} (citing {@code evidence} when not null), the voters agree, and it
     * is closed; answers the closing, with the stream sequence after it as {@code sequence}.
     */
    private JsonNode move(String partnership, String author, String phase, String evidence, List<String> voters) {
        String proposal = api.create(Roundtable.partnership(partnership) + "/proposals", """
                {"partnerId": "%s", "kind": "PHASE_CHANGE", "title": "Move to %s", "text": "On we go",
                 "targetPhase": "%s", "evidence": %s}""".formatted(
                        author, phase, phase, evidence == null ? "[]" : "[\"" + evidence + "\"]"));
        voters.forEach(voter -> table.voteAccepted(partnership, proposal, voter, "AGREE"));
        Api.Response closing = api.post(Roundtable.proposal(partnership, proposal) + "/closure", "{}");
        assertThat(closing.status()).as(closing.body()).isEqualTo(200);
        ObjectNode answer = closing.json().deepCopy();
        return answer.put("sequence", closing.sequence());
    }

    private void decide(String partnership, String proposal, List<String> voters) {
        voters.forEach(voter -> table.voteAccepted(partnership, proposal, voter, "AGREE"));
        assertThat(table.close(partnership, proposal).path("outcome").asText()).isEqualTo("ADOPTED");
    }
}
