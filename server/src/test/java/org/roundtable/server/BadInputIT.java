package org.roundtable.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.roundtable.server.support.Api;
import org.roundtable.server.support.Roundtable;
import org.roundtable.server.support.RoundtableIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Every mistake of a client is an RFC 9457 problem naming what is wrong, never a 500: 400 for
 * input that cannot be right, 404 for an unknown id, 409 for an act the rules refuse now.
 */
@RoundtableIntegrationTest
class BadInputIT {

    static final String PARTNERSHIPS = "/api/partnerships";

    /** Malformed on purpose: only its answers are checked against the API's description. */
    Api api;

    @Autowired
    Roundtable table;

    @Autowired
    void malformedOnPurpose(Api api) {
        this.api = api.malformedOnPurpose();
    }

    @Test
    void malformedJsonIsInvalid() {
        api.post(PARTNERSHIPS, "{\"name\": \"Clean river\",").problem(400, "INVALID_VALUE");
    }

    @Test
    void aMissingBodyIsInvalid() {
        api.send("POST", PARTNERSHIPS, null, "application/json").problem(400, "INVALID_VALUE");
    }

    @Test
    void anUnknownEnumValueIsInvalidAndTheAllowedValuesAreListed() {
        JsonNode problem = api.post(PARTNERSHIPS, """
                {"name": "Clean river", "purpose": "Stop the pollution", "decisionRule": {"method": "DICTATORSHIP"}}""").problem(400, "INVALID_VALUE", "decisionRule.method");

        assertThat(problem.path("detail").asText())
                .contains("DICTATORSHIP", "CONSENSUS", "CONSENT", "MAJORITY", "SUPERMAJORITY");
    }

    @Test
    void anUnknownFieldIsInvalid() {
        JsonNode problem = api.post(PARTNERSHIPS, """
                {"name": "Clean river", "purpose": "Stop the pollution", "colour": "blue",
                 "decisionRule": {"method": "CONSENT"}}""").problem(400, "INVALID_VALUE", "colour");

        assertThat(problem.path("detail").asText()).contains("colour", "purpose");
    }

    @Test
    void aValueOfTheWrongTypeIsInvalid() {
        api.post(PARTNERSHIPS, """
                {"name": "Clean river", "purpose": "Stop the pollution",
                 "decisionRule": {"method": "CONSENT", "quorum": "half"}}""").problem(400, "INVALID_VALUE", "decisionRule.quorum");
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "1.5", "-0.2", "1E+1000000000"})
    void aQuorumOutsideZeroToOneIsInvalid(String quorum) {
        api.post(PARTNERSHIPS, """
                {"name": "Clean river", "purpose": "Stop the pollution",
                 "decisionRule": {"method": "CONSENT", "quorum": %s}}""".formatted(quorum)).problem(400, "INVALID_VALUE", "decisionRule.quorum");
    }

    @Test
    void anEmptyNameIsInvalid() {
        api.post(PARTNERSHIPS, """
                {"name": "  ", "purpose": "Stop the pollution", "decisionRule": {"method": "CONSENT"}}""").problem(400, "INVALID_VALUE", "name");
    }

    @Test
    void aPathIdThatIsNotAUuidIsInvalid() {
        api.get(PARTNERSHIPS + "/not-a-uuid").problem(400, "INVALID_VALUE", "partnershipId");
        api.post(PARTNERSHIPS + "/" + UUID.randomUUID() + "/proposals/42/votes", "{}")
                .problem(400, "INVALID_VALUE", "proposalId");
    }

    @Test
    void anIdInTheBodyThatIsNotAUuidIsInvalid() {
        String partnership = table.formPartnership("CONSENT");

        api.post(Roundtable.partnership(partnership) + "/proposals", """
                {"partnerId": "someone", "kind": "OTHER", "title": "Anything", "text": "Anything"}""").problem(400, "INVALID_VALUE", "partnerId");
    }

    @ParameterizedTest
    @ValueSource(strings = {"page=-1", "size=0", "size=101", "page=first"})
    void aPageOutsideItsBoundsIsInvalid(String query) {
        api.get(PARTNERSHIPS + "?" + query).problem(400, "INVALID_VALUE", query.substring(0, query.indexOf('=')));
    }

    @Test
    void anUnknownPartnershipIsNotFound() {
        String unknown = Roundtable.partnership(UUID.randomUUID().toString());

        api.get(unknown).problem(404, "PARTNERSHIP_NOT_FOUND", "partnershipId");
        api.get(unknown + "/audit").problem(404, "PARTNERSHIP_NOT_FOUND", "partnershipId");
        api.post(unknown + "/partners", """
                {"name": "Paper Mill Ltd", "sector": "PRIVATE"}""").problem(404, "PARTNERSHIP_NOT_FOUND", "partnershipId");
    }

    @Test
    void anUnknownPartnerOrLessonIsNotFoundByItsPathParameter() {
        String partnership = table.formPartnership("CONSENT");
        table.admit(partnership, "City of Riverside", "PUBLIC");
        api.awaitView(Roundtable.partnership(partnership), shown -> true);

        api.get(Roundtable.partnership(partnership) + "/partners/" + UUID.randomUUID())
                .problem(404, "PARTNER_NOT_FOUND", "partnerId");
        api.get(Roundtable.partnership(partnership) + "/lessons/" + UUID.randomUUID())
                .problem(404, "LESSON_NOT_FOUND", "lessonId");
    }

    @Test
    void anUnknownProposalIsNotFound() {
        String partnership = table.formPartnership("CONSENT");
        String city = table.admit(partnership, "City of Riverside", "PUBLIC");
        String unknown = Roundtable.proposal(partnership, UUID.randomUUID().toString());

        table.vote(partnership, unknown.substring(unknown.lastIndexOf('/') + 1), city, "AGREE")
                .problem(404, "PROPOSAL_NOT_FOUND");
        api.awaitView(Roundtable.partnership(partnership), shown -> true);
        api.get(unknown).problem(404, "PROPOSAL_NOT_FOUND", "proposalId");
    }

    @Test
    void aPartnerNameIsTakenWhateverItsCase() {
        String partnership = table.formPartnership("CONSENT");
        table.admit(partnership, "Paper Mill Ltd", "PRIVATE");

        api.post(Roundtable.partnership(partnership) + "/partners", """
                {"name": "PAPER MILL ltd", "sector": "PRIVATE"}""").problem(409, "PARTNER_NAME_TAKEN", "name");
    }

    @Test
    void httpMistakesAreProblemsToo() {
        api.send("DELETE", PARTNERSHIPS, null, null).problem(405, "METHOD_NOT_ALLOWED");
        api.send("POST", PARTNERSHIPS, "name=Clean river", "text/plain").problem(415, "UNSUPPORTED_MEDIA_TYPE");
        api.get("/api/no-such-thing").problem(404, "NOT_FOUND");
    }

    @Test
    void aBodyOverSixtyFourKibibytesIsTooLarge() {
        String huge = """
                {"name": "%s", "purpose": "y", "decisionRule": {"method": "MAJORITY"}}""".formatted("x".repeat(70_000));

        api.post(PARTNERSHIPS, huge).problem(413, "PAYLOAD_TOO_LARGE");
        api.postUnsized(PARTNERSHIPS, huge).problem(413, "PAYLOAD_TOO_LARGE");
    }

    @Test
    void aBodyJustUnderTheLimitIsReadAndJudgedByTheRules() {
        String large = """
                {"name": "Clean River", "purpose": "%s", "decisionRule": {"method": "MAJORITY"}}""".formatted("x".repeat(60_000));

        api.postUnsized(PARTNERSHIPS, large).problem(400, "INVALID_VALUE", "purpose");
    }

    @Test
    void aNumberOfMoreThanAHundredDigitsIsRefusedByTheParser() {
        String hugeNumber = """
                {"name": "x", "purpose": "y", "decisionRule": {"method": "MAJORITY", "quorum": 0.%s}}""".formatted("5".repeat(200));

        // Without the parser's limit this would still be 400, but naming the quorum's scale.
        assertThat(api.post(PARTNERSHIPS, hugeNumber)
                        .problem(400, "INVALID_VALUE")
                        .path("detail")
                        .asText())
                .contains("numbers of at most 100 digits");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {"0", "-5", "\"NaN\"", "1e400", "1E+1000000000", "0.0000001", "1234567890.123456", "\"a lot\""})
    void anAmountThatIsNotPositiveOrNotExactInEveryJsonToolIsInvalid(String amount) {
        String partnership = table.formPartnership("CONSENT");
        String mill = table.admit(partnership, "Paper Mill Ltd", "PRIVATE");

        api.post(Roundtable.partnership(partnership) + "/pledges", """
                {"partnerId": "%s", "kind": "FUNDING", "amount": %s, "unit": "EUR", "description": "Sampling"}""".formatted(mill, amount))
                .problem(400, "INVALID_VALUE", "amount");
        String pledge = table.pledge(partnership, mill, "FUNDING", "100", "EUR");
        table.deliver(partnership, pledge, amount).problem(400, "INVALID_VALUE", "amount");
    }

    @Test
    void aBareNanIsNotJson() {
        String partnership = table.formPartnership("CONSENT");

        table.deliver(partnership, UUID.randomUUID().toString(), "NaN").problem(400, "INVALID_VALUE");
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "1.5", "86401", "99999999999"})
    void speakingSecondsAreAWholeNumberFromOneToADay(String seconds) {
        String partnership = table.formPartnership("CONSENT");
        String city = table.admit(partnership, "City of Riverside", "PUBLIC");

        api.post(Roundtable.meeting(partnership, UUID.randomUUID().toString()) + "/contributions", """
                {"partnerId": "%s", "seconds": %s}""".formatted(
                                city, seconds))
                .problem(400, "INVALID_VALUE", "seconds");
    }

    @Test
    void anUnknownPledgeKindIsInvalidAndTheKindsAreListed() {
        String partnership = table.formPartnership("CONSENT");

        JsonNode problem = api.post(Roundtable.partnership(partnership) + "/pledges", """
                {"partnerId": "%s", "kind": "MONEY", "amount": 5, "unit": "EUR", "description": "Sampling"}""".formatted(UUID.randomUUID()))
                .problem(400, "INVALID_VALUE", "kind");

        assertThat(problem.path("detail").asText())
                .contains("MONEY", "FUNDING", "STAFF_TIME", "IN_KIND", "EXPERTISE", "DATA");
    }

    @Test
    void anUnknownFieldOfAPledgeOrAMeetingIsInvalid() {
        String partnership = table.formPartnership("CONSENT");

        api.post(Roundtable.partnership(partnership) + "/pledges", """
                {"partnerId": "%s", "kind": "FUNDING", "amount": 5, "currency": "EUR", "description": "Sampling"}""".formatted(UUID.randomUUID()))
                .problem(400, "INVALID_VALUE", "currency");
        api.post(Roundtable.partnership(partnership) + "/meetings", """
                {"title": "Spring forum", "heldAt": "2026-03-01T18:00:00Z", "place": "Town hall"}""").problem(400, "INVALID_VALUE", "place");
    }

    @Test
    void anAttendanceListOfIdsThatAreNotUuidsIsInvalid() {
        String partnership = table.formPartnership("CONSENT");
        String meeting = table.recordMeeting(partnership, "Spring forum", "2026-03-01T18:00:00Z");

        table.attend(partnership, meeting, UUID.randomUUID().toString(), "someone")
                .problem(400, "INVALID_VALUE", "partnerIds[1]");
    }

    @ParameterizedTest
    @ValueSource(strings = {"{\"partnerIds\": []}", "{\"partnerIds\": null}", "{}", "{\"partnerIds\": [null]}"})
    void anAttendanceListNamesAtLeastOnePartner(String body) {
        String partnership = table.formPartnership("CONSENT");
        String meeting = table.recordMeeting(partnership, "Spring forum", "2026-03-01T18:00:00Z");

        api.post(Roundtable.meeting(partnership, meeting) + "/attendance", body)
                .problem(400, "INVALID_VALUE", "partnerIds");
    }

    @Test
    void aMeetingHeldAtSomethingThatIsNotAnInstantIsInvalid() {
        String partnership = table.formPartnership("CONSENT");

        api.post(Roundtable.partnership(partnership) + "/meetings", """
                {"title": "Spring forum", "heldAt": "next Tuesday"}""").problem(400, "INVALID_VALUE", "heldAt");
    }

    @Test
    void aFieldGivenTwiceIsInvalidWhereverItStands() {
        api.post(PARTNERSHIPS, """
                {"name": "Clean river", "name": "Dirty river", "purpose": "Stop the pollution",
                 "decisionRule": {"method": "CONSENT"}}""").problem(400, "INVALID_VALUE", "name");
        api.post(PARTNERSHIPS, """
                {"name": "Clean river", "purpose": "Stop the pollution",
                 "decisionRule": {"method": "CONSENT", "method": "MAJORITY"}}""").problem(400, "INVALID_VALUE", "decisionRule.method");
    }

    @ParameterizedTest
    @ValueSource(strings = {"42", "1e400", "true", "-18446744073709551616"})
    void aNumberOrABooleanIsNotAName(String name) {
        api.post(PARTNERSHIPS, """
                {"name": %s, "purpose": "Stop the pollution", "decisionRule": {"method": "CONSENT"}}""".formatted(name)).problem(400, "INVALID_VALUE", "name");
    }

    @Test
    void aStringIsNotANumberNorAFlag() {
        String partnership = table.formPartnership("CONSENT");
        String mill = table.admit(partnership, "Paper Mill Ltd", "PRIVATE");

        api.post(Roundtable.partnership(partnership) + "/pledges", """
                {"partnerId": "%s", "kind": "FUNDING", "amount": "5", "unit": "EUR", "description": "Sampling"}""".formatted(mill))
                .problem(400, "INVALID_VALUE", "amount");
        api.post(PARTNERSHIPS, """
                {"name": "Clean river", "purpose": "Stop the pollution",
                 "decisionRule": {"method": "CONSENT", "requireEverySector": 1}}""").problem(400, "INVALID_VALUE", "decisionRule.requireEverySector");
    }

    /** Jackson's own reading of instants took 1e400 as 1970-01-01T00:00:00Z. */
    @ParameterizedTest
    @ValueSource(strings = {"1e400", "1772388000", "\"1772388000\""})
    void aMeetingHeldAtANumberIsInvalid(String heldAt) {
        String partnership = table.formPartnership("CONSENT");

        api.post(Roundtable.partnership(partnership) + "/meetings", """
                {"title": "Spring forum", "heldAt": %s}""".formatted(heldAt))
                .problem(400, "INVALID_VALUE", "heldAt");
    }

    /** An overlong form spells a character in more bytes than UTF-8 allows: C1 81 for 'A'. */
    @Test
    void aBodyThatIsNotUtf8IsInvalid() {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes("{\"name\": \"Clean river ".getBytes(StandardCharsets.US_ASCII));
        body.write(0xC1);
        body.write(0x81);
        body.writeBytes("\", \"purpose\": \"y\", \"decisionRule\": {\"method\": \"CONSENT\"}}"
                .getBytes(StandardCharsets.US_ASCII));

        JsonNode problem = api.sendBytes("POST", PARTNERSHIPS, body.toByteArray(), "application/json", false)
                .problem(400, "INVALID_VALUE");

        assertThat(problem.path("detail").asText()).contains("UTF-8");
    }

    /** Spring MVC fails on a media range as Content-Type (spring-framework#27957); it was a 500. */
    @ParameterizedTest
    @ValueSource(strings = {"*/*", "application/*", "application/*+json", "multipart/form-data"})
    void aBodyThatIsNotOfAMediaTypeOfJsonIsUnsupported(String contentType) {
        api.send("POST", PARTNERSHIPS, """
                {"name": "Clean river", "purpose": "y", "decisionRule": {"method": "CONSENT"}}""", contentType).problem(415, "UNSUPPORTED_MEDIA_TYPE");
    }

    /** Refused by Tomcat or by Spring Security's firewall before the API sees them: once HTML or Boot's error JSON. */
    @ParameterizedTest
    @ValueSource(strings = {"x;a=b", "%2F", "%5C", "%00", "%FF", "%2e%2e%2F", "9"})
    void aPathThatTheServerCannotReadIsABadRequest(String segment) {
        String path = PARTNERSHIPS + "/" + (segment.equals("9") ? "9".repeat(9_000) : segment);

        answered(() -> api.get(path)).problem(400, "BAD_REQUEST");
        answered(() -> api.post(path + "/partners", "{\"name\": \"Paper Mill Ltd\", \"sector\": \"PRIVATE\"}"))
                .problem(400, "BAD_REQUEST");
    }

    /**
     * The exchange's answer, sent again when the connection was lost before it arrived. Tomcat refuses a
     * request line longer than its header buffer before reading the rest, answers and closes; the body
     * left unread makes the closing a TCP reset, which now and then overtakes the answer (3 POSTs in 300
     * here). Every answer that does arrive is checked.
     */
    private static Api.Response answered(Supplier<Api.Response> exchange) {
        UncheckedIOException lost = null;
        for (int attempt = 0; attempt < 5; attempt++) {
            try {
                return exchange.get();
            } catch (UncheckedIOException e) {
                lost = e;
            }
        }
        throw lost;
    }

    /** No write answered such a sequence: waiting for it ended in a 503 after the whole timeout. */
    @Test
    void aMinSequenceBeyondTheStreamIsInvalid() {
        Api.Response formed = api.post(PARTNERSHIPS, """
                {"name": "Clean river %s", "purpose": "Stop the pollution", "decisionRule": {"method": "CONSENT"}}""".formatted(UUID.randomUUID()));
        String partnership = Roundtable.partnership(formed.createdId());
        long sequence = formed.sequence();
        assertThat(api.get(partnership + "?minSequence=" + sequence).status()).isEqualTo(200);

        api.get(partnership + "?minSequence=" + (sequence + 1)).problem(400, "INVALID_VALUE", "minSequence");
        api.get(partnership + "/participation?minSequence=" + Long.MAX_VALUE)
                .problem(400, "INVALID_VALUE", "minSequence");
    }
}
