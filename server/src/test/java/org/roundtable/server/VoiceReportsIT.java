package org.roundtable.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.roundtable.server.support.Api;
import org.roundtable.server.support.Roundtable;
import org.roundtable.server.support.RoundtableIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The three voice reports through HTTP, over one partnership built with proposals, votes, meetings,
 * lessons, a contract and pledges, whose figures are worked out by hand in the comments.
 * <p>
 * The partnership (CONSENT, quorum 0.5): City (PUBLIC), Bakery (PRIVATE), Tenants (COMMUNITY) and
 * University (KNOWLEDGE), who withdraws at the end, so N = 3 active partners.
 * <ul>
 * <li>P1 by City: City AGREE, Bakery AGREE, Tenants DISAGREE → ADOPTED, COMMUNITY overruled.</li>
 * <li>P2 by City: City AGREE, University AGREE → ADOPTED (2 of 4 voted: quorum met).</li>
 * <li>P3 by Tenants: Tenants AGREE, City DISAGREE, Bakery AGREE then BLOCK → BLOCKED.</li>
 * <li>Meeting 1: City and Tenants attend; City speaks 300 s and 200 s, Tenants 100 s.
 * Meeting 2: City attends and speaks 400 s.</li>
 * <li>Lessons: City 2, Tenants 1.</li>
 * <li>Pledges: City 10,000 EUR (4,000 delivered); Bakery 2,000 EUR (500 delivered, the rest
 * withdrawn); University 100 HOURS (all delivered).</li>
 * </ul>
 */
@RoundtableIntegrationTest
class VoiceReportsIT {

    private static final double EXACT = 1e-9;

    @Autowired
    Api api;

    @Autowired
    Roundtable table;

    private String partnership;
    private String city;
    private String bakery;
    private String tenants;
    private String university;
    private String firstProposal;
    private String firstMeeting;
    private String bakeryPledge;
    private long lastWrite;

    @BeforeEach
    void buildThePartnership() {
        partnership = table.formPartnership("CONSENT");
        city = table.admit(partnership, "City Hall", "PUBLIC");
        bakery = table.admit(partnership, "Corner Bakery", "PRIVATE");
        tenants = table.admit(partnership, "Tenants Union", "COMMUNITY");
        university = table.admit(partnership, "River University", "KNOWLEDGE");

        firstProposal = decide(
                table.submit(partnership, city, "OBJECTIVE", "Swimmable river", null),
                "ADOPTED",
                city,
                "AGREE",
                bakery,
                "AGREE",
                tenants,
                "DISAGREE");
        decide(
                table.submit(partnership, city, "TARGET", "Half the discharge", null),
                "ADOPTED",
                city,
                "AGREE",
                university,
                "AGREE");
        decide(
                table.submit(partnership, tenants, "OTHER", "Rent freeze on the river bank", null),
                "BLOCKED",
                tenants,
                "AGREE",
                city,
                "DISAGREE",
                bakery,
                "AGREE",
                bakery,
                "BLOCK");

        firstMeeting = table.recordMeeting(partnership, "Kick-off", "2026-03-02T18:00:00Z");
        accepted(table.attend(partnership, firstMeeting, city, tenants));
        accepted(table.contribute(partnership, firstMeeting, city, 300));
        accepted(table.contribute(partnership, firstMeeting, city, 200));
        accepted(table.contribute(partnership, firstMeeting, tenants, 100));
        String secondMeeting = table.recordMeeting(partnership, "Site visit", "2026-04-06T10:00:00Z");
        accepted(table.attend(partnership, secondMeeting, city));
        accepted(table.contribute(partnership, secondMeeting, city, 400));

        table.logLesson(partnership, city, null, "Publish the measurements");
        table.logLesson(partnership, city, null, "Invite the press later");
        table.logLesson(partnership, tenants, null, "Meet in the evening");

        int terms = table.draft(partnership, "Each partner monitors its own discharge");
        for (String partner : List.of(city, bakery, tenants, university)) {
            table.signAccepted(partnership, partner, terms);
        }

        String cityPledge = table.pledge(partnership, city, "FUNDING", "10000", "EUR");
        ok(table.deliver(partnership, cityPledge, "4000"));
        bakeryPledge = table.pledge(partnership, bakery, "FUNDING", "2000", "EUR");
        ok(table.deliver(partnership, bakeryPledge, "500"));
        ok(table.withdrawPledge(partnership, bakeryPledge));
        String universityPledge = table.pledge(partnership, university, "STAFF_TIME", "100", "HOURS");
        ok(table.deliver(partnership, universityPledge, "100"));

        lastWrite = table.withdrawAccepted(partnership, university);
    }

    @Test
    void participationWeighsTheVoiceOfTheActivePartners() {
        JsonNode report = read("/participation");

        // voiceActs = proposals + contributions + lessons: City 2 + 3 + 2 = 7, Bakery 0, Tenants 1 + 1 + 1 = 3.
        // Σ = 10; Gini of (7, 0, 3): Σᵢ Σⱼ |xᵢ − xⱼ| = 2 × (7 + 4 + 3) = 28, over 2 × 3² × 10/3 = 60.
        assertThat(report.path("equalShare").asDouble()).isCloseTo(1.0 / 3, within(EXACT));
        assertThat(report.path("voiceGini").asDouble()).isCloseTo(28.0 / 60, within(EXACT));
        assertThat(report.path("balance").asDouble()).isCloseTo(1 - 28.0 / 60, within(EXACT));
        // speakingSeconds (900, 0, 100): 2 × (900 + 800 + 100) = 3,600 over 2 × 9 × 1000/3 = 6,000.
        assertThat(report.path("speakingGini").asDouble()).isCloseTo(0.6, within(EXACT));

        assertThat(ids(report.path("partners"))).containsExactly(city, bakery, tenants);
        // Every proposal was put to all four; City voted on all three, the others on two each
        // (Bakery's changed vote on P3 counts once). Two meetings were held for everyone.
        assertPartner(
                report,
                city,
                "proposals",
                2,
                "votesCast",
                3,
                "votesEligible",
                3,
                "meetingsAttended",
                2,
                "meetingsHeld",
                2,
                "contributions",
                3,
                "speakingSeconds",
                900,
                "lessons",
                2,
                "voiceActs",
                7);
        assertFractions(report, city, "turnout", 1.0, "attendance", 1.0, "voiceShare", 0.7, "speakingShare", 0.9);
        assertPartner(
                report,
                bakery,
                "proposals",
                0,
                "votesCast",
                2,
                "votesEligible",
                3,
                "meetingsAttended",
                0,
                "meetingsHeld",
                2,
                "contributions",
                0,
                "speakingSeconds",
                0,
                "lessons",
                0,
                "voiceActs",
                0);
        assertFractions(report, bakery, "turnout", 2.0 / 3, "attendance", 0.0, "voiceShare", 0.0, "speakingShare", 0.0);
        assertPartner(
                report,
                tenants,
                "proposals",
                1,
                "votesCast",
                2,
                "votesEligible",
                3,
                "meetingsAttended",
                1,
                "meetingsHeld",
                2,
                "contributions",
                1,
                "speakingSeconds",
                100,
                "lessons",
                1,
                "voiceActs",
                3);
        assertFractions(
                report, tenants, "turnout", 2.0 / 3, "attendance", 0.5, "voiceShare", 0.3, "speakingShare", 0.1);
        // DOMINANT above 2/3, SILENT below 1/6.
        assertThat(texts(partner(report, city).path("flags"))).containsExactly("DOMINANT");
        assertThat(texts(partner(report, bakery).path("flags"))).containsExactly("SILENT");
        assertThat(texts(partner(report, tenants).path("flags"))).isEmpty();

        JsonNode withdrawn = report.path("withdrawn");
        assertThat(ids(withdrawn)).containsExactly(university);
        assertThat(withdrawn.get(0).path("votesCast").asInt()).isEqualTo(1);
        assertThat(withdrawn.get(0).path("proposals").asInt()).isZero();

        // One active partner per sector: memberShare 1/3; representation = voiceShare / memberShare.
        JsonNode sectors = report.path("sectors");
        assertThat(texts(sectors, "sector")).containsExactly("PUBLIC", "PRIVATE", "COMMUNITY");
        assertSector(sectors.get(0), 0.7, 2.1, 1.0);
        assertSector(sectors.get(1), 0.0, 0.0, 2.0 / 3);
        assertSector(sectors.get(2), 0.3, 0.9, 2.0 / 3);
    }

    @Test
    void powerBalanceShowsWhoSetsTheAgendaAndWhoHoldsThePurse() {
        JsonNode report = read("/power-balance");

        // proposalsAdopted (2, 0, 0): Gini 2 × (2 + 2 + 0) = 8 over 2 × 9 × 2/3 = 12.
        assertThat(report.path("agendaGini").asDouble()).isCloseTo(8.0 / 12, within(EXACT));
        assertThat(ids(report.path("partners"))).containsExactly(city, bakery, tenants);
        // Net EUR pledged: City 10,000, Bakery 2,000 − 1,500 withdrawn = 500; of 10,500.
        assertPower(report, city, 2, 2, 1.0, 1.0, 0, 1.0, 10_000.0 / 10_500);
        // Bakery's counted votes: AGREE on adopted P1, BLOCK on blocked P3: both aligned.
        assertPower(report, bakery, 0, 0, 0.0, 0.0, 0, 1.0, 500.0 / 10_500);
        // Tenants: DISAGREE on adopted P1 (overruled, not aligned), AGREE on blocked P3 (not aligned).
        assertPower(report, tenants, 1, 0, 0.0, 0.0, 1, 0.0, 0.0);

        List<String> flags = new ArrayList<>();
        report.path("flags")
                .forEach(flag -> flags.add(flag.path("type").asText() + " "
                        + flag.path("partnerId")
                                .asText(flag.path("proposalId").asText() + " "
                                        + flag.path("sector").asText())));
        assertThat(flags)
                .containsExactly(
                        "AGENDA_CONCENTRATION " + city,
                        "SECTOR_OVERRULED " + firstProposal + " COMMUNITY",
                        "PURSE_POWER " + city);
    }

    @Test
    void commitmentsListEveryActAndSumEachPartnersPledgesPerUnit() {
        JsonNode report = read("/commitments");

        assertThat(texts(report.path("history"), "type"))
                .containsExactly(
                        "PartnerAdmitted",
                        "PartnerAdmitted",
                        "PartnerAdmitted",
                        "PartnerAdmitted",
                        "ContractTermsDrafted",
                        "ContractSigned",
                        "ContractSigned",
                        "ContractSigned",
                        "ContractSigned",
                        "ContractCameIntoForce",
                        "PledgeMade",
                        "PledgeDelivered",
                        "PledgeMade",
                        "PledgeDelivered",
                        "PledgeWithdrawn",
                        "PledgeMade",
                        "PledgeDelivered",
                        "PartnerWithdrawn");
        JsonNode withdrawal = report.path("history").get(14);
        assertThat(withdrawal.path("partnerId").asText()).isEqualTo(bakery);
        assertThat(withdrawal.path("pledgeId").asText()).isEqualTo(bakeryPledge);
        assertThat(withdrawal.path("amount").decimalValue()).isEqualByComparingTo("1500");
        assertThat(withdrawal.path("unit").asText()).isEqualTo("EUR");
        assertThat(report.path("history").get(17).path("sequence").asLong()).isEqualTo(lastWrite);

        JsonNode partners = report.path("partners");
        assertThat(ids(partners)).containsExactly(city, bakery, tenants, university);
        assertUnit(partners.get(0), "EUR", "10000", "4000", "0", 0.4);
        // 500 delivered of the 2,000 − 1,500 that stayed pledged: fulfilled.
        assertUnit(partners.get(1), "EUR", "2000", "500", "1500", 1.0);
        assertThat(partners.get(2).path("units")).isEmpty();
        assertUnit(partners.get(3), "HOURS", "100", "100", "0", 1.0);
    }

    @Test
    void aMeetingAndAPledgeReadBackWithWhatWasRecordedAgainstThem() {
        JsonNode meeting = api.get(Roundtable.meeting(partnership, firstMeeting) + "?minSequence=" + lastWrite)
                .json();
        assertThat(meeting.path("title").asText()).isEqualTo("Kick-off");
        assertThat(texts(meeting.path("attendees"))).containsExactly(city, tenants);
        assertThat(texts(meeting.path("contributions"), "seconds")).containsExactly("300", "200", "100");

        JsonNode pledge = api.get(Roundtable.pledge(partnership, bakeryPledge) + "?minSequence=" + lastWrite)
                .json();
        assertThat(pledge.path("status").asText()).isEqualTo("WITHDRAWN");
        assertThat(pledge.path("delivered").decimalValue()).isEqualByComparingTo("500");
        assertThat(pledge.path("withdrawn").decimalValue()).isEqualByComparingTo("1500");
        assertThat(pledge.path("remaining").decimalValue()).isEqualByComparingTo("0");
        assertThat(pledge.path("deliveries")).hasSize(1);
    }

    @Test
    void anUnknownPartnershipHasNoReports() {
        String unknown = Roundtable.partnership(UUID.randomUUID().toString());
        for (String report : List.of("/participation", "/power-balance", "/commitments")) {
            api.get(unknown + report).problem(404, "PARTNERSHIP_NOT_FOUND", "partnershipId");
        }
    }

    @Test
    void unknownMeetingsAndPledgesAreNotFound() {
        String known = Roundtable.partnership(partnership);

        api.get(known + "/meetings/" + UUID.randomUUID()).problem(404, "MEETING_NOT_FOUND", "meetingId");
        api.get(known + "/pledges/" + UUID.randomUUID()).problem(404, "PLEDGE_NOT_FOUND", "pledgeId");
        api.get(known + "/pledges/not-a-uuid").problem(400, "INVALID_VALUE", "pledgeId");
    }

    @Test
    void aReportWaitsOnlyForAWholeNumberOfOneOrMore() {
        String known = Roundtable.partnership(partnership);

        api.get(known + "/participation?minSequence=0").problem(400, "INVALID_VALUE", "minSequence");
        api.get(known + "/power-balance?minSequence=one").problem(400, "INVALID_VALUE", "minSequence");
    }

    /** Votes in pairs of (partner, choice), then closes and checks the outcome; answers the proposal. */
    private String decide(String proposal, String outcome, String... votes) {
        for (int i = 0; i < votes.length; i += 2) {
            table.voteAccepted(partnership, proposal, votes[i], votes[i + 1]);
        }
        assertThat(table.close(partnership, proposal).path("outcome").asText()).isEqualTo(outcome);
        return proposal;
    }

    private JsonNode read(String report) {
        Api.Response response = api.get(Roundtable.partnership(partnership) + report + "?minSequence=" + lastWrite);
        assertThat(response.status())
                .as("GET %s answered %s", report, response.body())
                .isEqualTo(200);
        return response.json();
    }

    private static void accepted(Api.Response response) {
        assertThat(response.status()).as("answered %s", response.body()).isEqualTo(204);
    }

    private static void ok(Api.Response response) {
        assertThat(response.status()).as("answered %s", response.body()).isEqualTo(200);
    }

    /** Checks whole-number fields given as pairs of (name, value). */
    private static void assertPartner(JsonNode report, String partnerId, Object... counts) {
        JsonNode partner = partner(report, partnerId);
        for (int i = 0; i < counts.length; i += 2) {
            assertThat(partner.path((String) counts[i]).asLong())
                    .as("%s of %s", counts[i], partnerId)
                    .isEqualTo(((Integer) counts[i + 1]).longValue());
        }
    }

    /** Checks fractions given as pairs of (name, value). */
    private static void assertFractions(JsonNode report, String partnerId, Object... fractions) {
        JsonNode partner = partner(report, partnerId);
        for (int i = 0; i < fractions.length; i += 2) {
            JsonNode value = partner.path((String) fractions[i]);
            assertThat(value.isNumber())
                    .as("%s is a plain JSON number", fractions[i])
                    .isTrue();
            assertThat(value.asDouble())
                    .as("%s of %s", fractions[i], partnerId)
                    .isCloseTo((Double) fractions[i + 1], within(EXACT));
        }
    }

    private static void assertSector(JsonNode sector, double voiceShare, double representation, double turnout) {
        assertThat(sector.path("members").asInt()).isEqualTo(1);
        assertThat(sector.path("memberShare").asDouble()).isCloseTo(1.0 / 3, within(EXACT));
        assertThat(sector.path("voiceShare").asDouble()).isCloseTo(voiceShare, within(EXACT));
        assertThat(sector.path("representation").asDouble()).isCloseTo(representation, within(EXACT));
        assertThat(sector.path("turnout").asDouble()).isCloseTo(turnout, within(EXACT));
    }

    private static void assertPower(
            JsonNode report,
            String partnerId,
            int decided,
            int adopted,
            double adoptionRate,
            double agendaShare,
            int overruled,
            double alignment,
            double resourceShare) {
        assertPartner(
                report, partnerId, "proposalsDecided", decided, "proposalsAdopted", adopted, "overruled", overruled);
        assertFractions(
                report,
                partnerId,
                "adoptionRate",
                adoptionRate,
                "agendaShare",
                agendaShare,
                "alignment",
                alignment,
                "resourceShare",
                resourceShare);
    }

    private static void assertUnit(
            JsonNode partner, String unit, String pledged, String delivered, String withdrawn, double fulfilment) {
        assertThat(partner.path("units")).hasSize(1);
        JsonNode figures = partner.path("units").get(0);
        assertThat(figures.path("unit").asText()).isEqualTo(unit);
        assertThat(figures.path("pledged").decimalValue()).isEqualByComparingTo(new BigDecimal(pledged));
        assertThat(figures.path("delivered").decimalValue()).isEqualByComparingTo(new BigDecimal(delivered));
        assertThat(figures.path("withdrawn").decimalValue()).isEqualByComparingTo(new BigDecimal(withdrawn));
        assertThat(figures.path("fulfilment").asDouble()).isCloseTo(fulfilment, within(EXACT));
    }

    private static JsonNode partner(JsonNode report, String partnerId) {
        return StreamSupport.stream(report.path("partners").spliterator(), false)
                .filter(partner -> partner.path("partnerId").asText().equals(partnerId))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no partner " + partnerId + " in " + report));
    }

    private static List<String> ids(JsonNode entries) {
        return texts(entries, "partnerId");
    }

    private static List<String> texts(JsonNode entries, String field) {
        return StreamSupport.stream(entries.spliterator(), false)
                .map(entry -> entry.path(field).asText())
                .toList();
    }

    private static List<String> texts(JsonNode values) {
        return StreamSupport.stream(values.spliterator(), false)
                .map(JsonNode::asText)
                .toList();
    }
}
