package org.roundtable.command;

import static org.roundtable.command.Given.CITY;
import static org.roundtable.command.Given.COMPANY;
import static org.roundtable.command.Given.MEETING;
import static org.roundtable.command.Given.NGO;
import static org.roundtable.command.Given.PARTNERSHIP;
import static org.roundtable.command.Given.UNKNOWN_PARTNER;
import static org.roundtable.command.RuleViolationMatcher.violation;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.TestExecutor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.roundtable.api.ErrorCode;
import org.roundtable.api.MeetingId;
import org.roundtable.api.PartnerId;
import org.roundtable.api.Sector;
import org.roundtable.api.commands.RecordAttendance;
import org.roundtable.api.commands.RecordContribution;
import org.roundtable.api.commands.RecordMeeting;
import org.roundtable.api.events.ContributionRecorded;
import org.roundtable.api.events.MeetingRecorded;
import org.roundtable.api.events.PartnerAdmitted;

/** Meetings of the forum: who attends them and who speaks at them. */
class MeetingsTest {

    private final AggregateTestFixture<Partnership> fixture = Given.fixture();

    @Test
    void aMeetingIsRecordedWithItsTitleAndWhenItIsHeldEvenAhead() {
        Instant nextYear = Instant.parse("2027-05-04T09:30:00.123456Z");
        fixture.given(Given.threePartners())
                .when(new RecordMeeting(PARTNERSHIP, MEETING, "  Summer forum ", nextYear))
                .expectEvents(new MeetingRecorded(PARTNERSHIP, MEETING, "Summer forum", nextYear));
    }

    @Test
    void aMeetingNeedsATitle() {
        fixture.given(Given.threePartners())
                .when(new RecordMeeting(PARTNERSHIP, MEETING, " ", Given.HELD_AT))
                .expectException(violation(ErrorCode.INVALID_VALUE, "title"));
    }

    @Test
    void aMeetingNeedsTheInstantItIsHeld() {
        fixture.given(Given.threePartners())
                .when(new RecordMeeting(PARTNERSHIP, MEETING, "Spring forum", null))
                .expectException(violation(ErrorCode.INVALID_VALUE, "heldAt"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"+10000-01-01T00:00:00Z", "-0001-12-31T23:59:59Z", "2026-03-01T18:00:00.000000001Z"})
    void aMeetingIsHeldInTheYearsOneTo9999ToTheMicrosecond(String heldAt) {
        fixture.given(Given.threePartners())
                .when(new RecordMeeting(PARTNERSHIP, MEETING, "Spring forum", Instant.parse(heldAt)))
                .expectException(violation(ErrorCode.INVALID_VALUE, "heldAt"));
    }

    @Test
    void listedPartnersAreRecordedAsAttendingWithTheirSectorsEachOnce() {
        givenTheMeeting().when(attendance(CITY, NGO, CITY)).expectEvents(Given.attended(CITY, NGO));
    }

    @Test
    void onlyPartnersNotRecordedBeforeAreListedInTheEvent() {
        givenTheMeeting(Given.attended(CITY)).when(attendance(CITY, NGO)).expectEvents(Given.attended(NGO));
    }

    @Test
    void reRecordingTheSameAttendanceRecordsNothing() {
        givenTheMeeting(Given.attended(CITY, NGO))
                .when(attendance(NGO, CITY))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void aListNamingAWithdrawnPartnerIsRefusedWhole() {
        givenTheMeeting(Given.withdrew(NGO))
                .when(attendance(CITY, NGO))
                .expectException(violation(ErrorCode.PARTNER_NOT_ACTIVE, "partnerIds"))
                .expectNoEvents();
    }

    @Test
    void aListNamingAnUnknownPartnerIsRefusedWhole() {
        givenTheMeeting()
                .when(attendance(CITY, UNKNOWN_PARTNER))
                .expectException(violation(ErrorCode.PARTNER_NOT_FOUND, "partnerIds"))
                .expectNoEvents();
    }

    @Test
    void aPartnerWhoJoinedAfterTheMeetingWasRecordedCannotAttendIt() {
        PartnerId latecomer = PartnerId.random();
        givenTheMeeting(new PartnerAdmitted(PARTNERSHIP, latecomer, "Riverside Residents", Sector.COMMUNITY))
                .when(attendance(CITY, latecomer))
                .expectException(violation(ErrorCode.JOINED_AFTER_MEETING, "partnerIds"))
                .expectNoEvents();
    }

    @Test
    void aPartnerWhoJoinedBeforeTheMeetingWasRecordedAttendsIt() {
        PartnerId newcomer = PartnerId.random();
        fixture.given(Given.concat(
                        Given.threePartners(),
                        List.of(
                                new PartnerAdmitted(PARTNERSHIP, newcomer, "Riverside Residents", Sector.COMMUNITY),
                                Given.meetingRecorded())))
                .when(attendance(newcomer))
                .expectEvents(Given.attended(newcomer));
    }

    @Test
    void anAttendanceListNamesAtLeastOnePartner() {
        givenTheMeeting()
                .when(new RecordAttendance(PARTNERSHIP, MEETING, List.of()))
                .expectException(violation(ErrorCode.INVALID_VALUE, "partnerIds"));
    }

    @Test
    void anAttendanceListHoldsNoNull() {
        givenTheMeeting()
                .when(new RecordAttendance(PARTNERSHIP, MEETING, Arrays.asList(CITY, null)))
                .expectException(violation(ErrorCode.INVALID_VALUE, "partnerIds"));
    }

    @Test
    void anAttendanceListNamesAThousandPartnersAtMost() {
        List<PartnerId> thousand = IntStream.range(0, Require.MAX_LISTED_PARTNERS)
                .mapToObj(i -> PartnerId.random())
                .toList();
        List<Object> history = new ArrayList<>(List.of(Given.formed()));
        thousand.forEach(partner -> history.add(Given.admitted(partner)));
        history.add(Given.meetingRecorded());

        fixture.given(history)
                .when(new RecordAttendance(PARTNERSHIP, MEETING, thousand))
                .expectEvents(Given.attended(thousand.toArray(PartnerId[]::new)));
        List<PartnerId> oneMore = Given.concat(thousand, List.of(PartnerId.random()));
        Given.fixture()
                .given(history)
                .when(new RecordAttendance(PARTNERSHIP, MEETING, oneMore))
                .expectException(violation(ErrorCode.INVALID_VALUE, "partnerIds"));
    }

    @Test
    void attendanceOfAnUnknownMeetingIsNotFound() {
        fixture.given(Given.threePartners())
                .when(new RecordAttendance(PARTNERSHIP, MeetingId.random(), List.of(CITY)))
                .expectException(violation(ErrorCode.MEETING_NOT_FOUND, "meetingId"));
    }

    @Test
    void anAttendingPartnerSpeaksForSomeSecondsOnATopic() {
        givenTheMeeting(Given.attended(NGO))
                .when(new RecordContribution(PARTNERSHIP, MEETING, NGO, 95, " Sources of pollution "))
                .expectEvents(new ContributionRecorded(
                        PARTNERSHIP, MEETING, NGO, Sector.NON_PROFIT, 95, "Sources of pollution"));
    }

    @Test
    void aContributionNeedsNoTopic() {
        givenTheMeeting(Given.attended(NGO))
                .when(new RecordContribution(PARTNERSHIP, MEETING, NGO, 30, "  "))
                .expectEvents(new ContributionRecorded(PARTNERSHIP, MEETING, NGO, Sector.NON_PROFIT, 30, null));
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 86_400})
    void aSpeakingTurnLastsFromOneSecondToADay(int seconds) {
        givenTheMeeting(Given.attended(NGO))
                .when(new RecordContribution(PARTNERSHIP, MEETING, NGO, seconds, null))
                .expectEvents(new ContributionRecorded(PARTNERSHIP, MEETING, NGO, Sector.NON_PROFIT, seconds, null));
    }

    @ParameterizedTest
    @ValueSource(ints = {0, -5, 86_401})
    void aSpeakingTurnOfNoTimeOrLongerThanADayIsInvalid(int seconds) {
        givenTheMeeting(Given.attended(NGO))
                .when(new RecordContribution(PARTNERSHIP, MEETING, NGO, seconds, null))
                .expectException(violation(ErrorCode.INVALID_VALUE, "seconds"))
                .expectNoEvents();
    }

    @Test
    void aContributionNeedsItsSeconds() {
        givenTheMeeting(Given.attended(NGO))
                .when(new RecordContribution(PARTNERSHIP, MEETING, NGO, null, null))
                .expectException(violation(ErrorCode.INVALID_VALUE, "seconds"));
    }

    @Test
    void aPartnerNotRecordedAsAttendingCannotSpeak() {
        givenTheMeeting(Given.attended(CITY))
                .when(new RecordContribution(PARTNERSHIP, MEETING, COMPANY, 60, null))
                .expectException(violation(ErrorCode.NOT_ATTENDING, "partnerId"))
                .expectNoEvents();
    }

    @Test
    void aWithdrawnPartnerCannotSpeakEvenHavingAttended() {
        givenTheMeeting(Given.attended(NGO), Given.withdrew(NGO))
                .when(new RecordContribution(PARTNERSHIP, MEETING, NGO, 60, null))
                .expectException(violation(ErrorCode.PARTNER_NOT_ACTIVE, "partnerId"))
                .expectNoEvents();
    }

    @Test
    void aContributionToAnUnknownMeetingIsNotFound() {
        givenTheMeeting(Given.attended(NGO))
                .when(new RecordContribution(PARTNERSHIP, MeetingId.random(), NGO, 60, null))
                .expectException(violation(ErrorCode.MEETING_NOT_FOUND, "meetingId"));
    }

    /** The three partners, the spring forum recorded while all three are active, then {@code more}. */
    private TestExecutor<Partnership> givenTheMeeting(Object... more) {
        return fixture.given(
                Given.concat(Given.concat(Given.threePartners(), List.of(Given.meetingRecorded())), List.of(more)));
    }

    private static RecordAttendance attendance(PartnerId... partners) {
        return new RecordAttendance(PARTNERSHIP, MEETING, List.of(partners));
    }
}
