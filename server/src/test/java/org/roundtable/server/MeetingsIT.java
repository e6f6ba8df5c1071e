package org.roundtable.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.roundtable.server.support.Api;
import org.roundtable.server.support.Roundtable;
import org.roundtable.server.support.Roundtable.Recorded;
import org.roundtable.server.support.RoundtableIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;

/** Meetings through HTTP: what each accepted request stores, and that every refused one stores nothing. */
@RoundtableIntegrationTest
class MeetingsIT {

    static final String HELD_AT = "2026-03-01T18:00:00Z";

    @Autowired
    Api api;

    @Autowired
    Roundtable table;

    String partnership;
    String city;
    String residents;

    @BeforeEach
    void formAPartnershipOfTwo() {
        partnership = table.formPartnership("CONSENT");
        city = table.admit(partnership, "City of Riverside", "PUBLIC");
        residents = table.admit(partnership, "Riverside Residents", "COMMUNITY");
    }

    @Test
    void aMeetingIsRecordedAndLocated() {
        Recorded recorded = table.recordedBy(partnership, () -> api.post(meetings(), """
                {"title": " Spring forum ", "heldAt": "%s"}""".formatted(HELD_AT)));

        String meeting = recorded.response().createdId();
        assertThat(recorded.response().location()).endsWith(Roundtable.meeting(partnership, meeting));
        assertThat(recorded.response().sequence()).isEqualTo(recorded.onlySequence());
        assertThat(recorded.onlyEvent("MeetingRecorded"))
                .isEqualTo(Roundtable.parse("""
                {"partnershipId": "%s", "meetingId": "%s", "title": "Spring forum", "heldAt": "%s"}""".formatted(partnership, meeting, HELD_AT)));
    }

    @Test
    void theMeetingsAreListedTheLatestHeldFirst() {
        String spring = table.recordMeeting(partnership, "Spring forum", HELD_AT);
        String winter = table.recordMeeting(partnership, "Winter forum", "2025-12-01T18:00:00Z");
        Api.Response last = api.post(meetings(), """
                {"title": "Summer forum", "heldAt": "2026-06-01T18:00:00Z"}""");

        // A busy machine may take longer than a read's wait: ask again until the view has the last meeting.
        JsonNode listed = api.awaitView(meetings() + "?minSequence=" + last.sequence(), shown -> true);

        assertThat(listed.findValuesAsText("title")).containsExactly("Summer forum", "Spring forum", "Winter forum");
        assertThat(listed.get(1).get("id").asText()).isEqualTo(spring);
        assertThat(listed.get(2).get("heldAt").asText()).isEqualTo("2025-12-01T18:00:00Z");
        assertThat(listed.findValuesAsText("id")).contains(winter);
    }

    @Test
    void attendanceStoresEachNewAttendeeOnceWithItsSector() {
        String meeting = table.recordMeeting(partnership, "Spring forum", HELD_AT);

        Recorded first = table.recordedBy(partnership, () -> table.attend(partnership, meeting, city, residents, city));

        assertThat(first.response().status()).isEqualTo(204);
        assertThat(first.onlyEvent("AttendanceRecorded"))
                .isEqualTo(Roundtable.parse("""
                {"partnershipId": "%s", "meetingId": "%s", "attendees": [
                 {"partnerId": "%s", "sector": "PUBLIC"}, {"partnerId": "%s", "sector": "COMMUNITY"}]}""".formatted(partnership, meeting, city, residents)));
        Recorded again = table.recordedBy(partnership, () -> table.attend(partnership, meeting, residents));
        assertThat(again.nothingStored().status()).isEqualTo(204);
        assertThat(again.response().sequence()).isEqualTo(first.response().sequence());
    }

    @Test
    void anAttendingPartnerSpeaks() {
        String meeting = table.recordMeeting(partnership, "Spring forum", HELD_AT);
        table.attend(partnership, meeting, residents);

        Recorded contribution =
                table.recordedBy(partnership, () -> table.contribute(partnership, meeting, residents, 86_400));

        assertThat(contribution.response().status()).isEqualTo(204);
        assertThat(contribution.onlyEvent("ContributionRecorded"))
                .isEqualTo(Roundtable.parse("""
                {"partnershipId": "%s", "meetingId": "%s", "partnerId": "%s", "sector": "COMMUNITY",
                 "seconds": 86400, "topic": "The state of the river"}""".formatted(partnership, meeting, residents)));
    }

    @Test
    void aListNamingAWithdrawnPartnerIsRefusedWhole() {
        String meeting = table.recordMeeting(partnership, "Spring forum", HELD_AT);
        table.withdrawAccepted(partnership, residents);

        table.recordedBy(partnership, () -> table.attend(partnership, meeting, city, residents))
                .nothingStored()
                .problem(409, "PARTNER_NOT_ACTIVE", "partnerIds");
    }

    @Test
    void aListNamingAnUnknownPartnerIsRefusedWhole() {
        String meeting = table.recordMeeting(partnership, "Spring forum", HELD_AT);

        table.recordedBy(
                        partnership,
                        () -> table.attend(
                                partnership, meeting, city, UUID.randomUUID().toString()))
                .nothingStored()
                .problem(404, "PARTNER_NOT_FOUND", "partnerIds");
    }

    @Test
    void aPartnerWhoJoinedAfterTheMeetingWasRecordedCannotAttendIt() {
        String meeting = table.recordMeeting(partnership, "Spring forum", HELD_AT);
        String university = table.admit(partnership, "River University", "KNOWLEDGE");

        JsonNode problem = table.recordedBy(partnership, () -> table.attend(partnership, meeting, city, university))
                .nothingStored()
                .problem(409, "JOINED_AFTER_MEETING", "partnerIds");
        assertThat(problem.path("detail").asText()).contains(university);
    }

    @Test
    void aPartnerNotRecordedAsAttendingCannotSpeak() {
        String meeting = table.recordMeeting(partnership, "Spring forum", HELD_AT);
        table.attend(partnership, meeting, city);

        table.recordedBy(partnership, () -> table.contribute(partnership, meeting, residents, 60))
                .nothingStored()
                .problem(409, "NOT_ATTENDING", "partnerId");
    }

    @Test
    void aWithdrawnPartnerCannotSpeakEvenHavingAttended() {
        String meeting = table.recordMeeting(partnership, "Spring forum", HELD_AT);
        table.attend(partnership, meeting, residents);
        table.withdrawAccepted(partnership, residents);

        table.recordedBy(partnership, () -> table.contribute(partnership, meeting, residents, 60))
                .nothingStored()
                .problem(409, "PARTNER_NOT_ACTIVE", "partnerId");
    }

    @Test
    void aSpeakingTurnLongerThanADayIsInvalid() {
        String meeting = table.recordMeeting(partnership, "Spring forum", HELD_AT);
        table.attend(partnership, meeting, residents);

        table.recordedBy(partnership, () -> table.contribute(partnership, meeting, residents, 86_401))
                .nothingStored()
                .problem(400, "INVALID_VALUE", "seconds");
    }

    @Test
    void anUnknownMeetingIsNotFound() {
        String unknown = UUID.randomUUID().toString();

        table.recordedBy(partnership, () -> table.attend(partnership, unknown, city))
                .nothingStored()
                .problem(404, "MEETING_NOT_FOUND", "meetingId");
        table.recordedBy(partnership, () -> table.contribute(partnership, unknown, city, 60))
                .nothingStored()
                .problem(404, "MEETING_NOT_FOUND", "meetingId");
    }

    @Test
    void aMeetingNeedsATitleAndAnInstantInTheYearsOneTo9999() {
        table.recordedBy(partnership, () -> api.post(meetings(), """
                {"heldAt": "%s"}""".formatted(HELD_AT)))
                .nothingStored()
                .problem(400, "INVALID_VALUE", "title");
        table.recordedBy(partnership, () -> api.post(meetings(), """
                {"title": "Spring forum"}"""))
                .nothingStored()
                .problem(400, "INVALID_VALUE", "heldAt");
        table.recordedBy(partnership, () -> api.post(meetings(), """
                {"title": "Spring forum", "heldAt": "+10000-01-01T00:00:00Z"}"""))
                .nothingStored()
                .problem(400, "INVALID_VALUE", "heldAt");
    }

    private String meetings() {
        return Roundtable.partnership(partnership) + "/meetings";
    }
}
