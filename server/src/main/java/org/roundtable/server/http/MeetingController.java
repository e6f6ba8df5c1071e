package org.roundtable.server.http;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.roundtable.api.ErrorCode;
import org.roundtable.api.MeetingId;
import org.roundtable.api.PartnershipId;
import org.roundtable.api.commands.RecordAttendance;
import org.roundtable.api.commands.RecordContribution;
import org.roundtable.api.commands.RecordMeeting;
import org.roundtable.api.queries.FindMeeting;
import org.roundtable.api.queries.FindMeetings;
import org.roundtable.api.queries.MeetingList;
import org.roundtable.api.queries.MeetingSummary;
import org.roundtable.api.queries.MeetingView;
import org.roundtable.query.support.ViewNames;
import org.roundtable.server.http.RequestBodies.AttendanceBody;
import org.roundtable.server.http.RequestBodies.ContributionBody;
import org.roundtable.server.http.RequestBodies.MeetingBody;
import org.roundtable.server.read.ViewReader;
import org.roundtable.server.write.WritePipeline;
import org.roundtable.server.write.Written;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Records the meetings of the forum, who attends them and who speaks at them, and shows one meeting. */
@RestController
@Tag(name = "Meetings")
class MeetingController {

    private final WritePipeline commands;
    private final ViewReader views;

    MeetingController(WritePipeline commands, ViewReader views) {
        this.commands = commands;
        this.views = views;
    }

    @Operation(operationId = "recordMeeting", summary = "Record a meeting of the forum")
    @PostMapping(Paths.PARTNERSHIP + "/meetings")
    ResponseEntity<Created> record(@PathVariable PartnershipId partnershipId, @RequestBody MeetingBody body) {
        MeetingId meetingId = MeetingId.random();
        return commands.send(
                partnershipId,
                new RecordMeeting(partnershipId, meetingId, body.title(), body.heldAt()),
                written -> written.created(meetingId.value(), Paths.MEETING, partnershipId, meetingId));
    }

    /** The partnership's meetings, the latest held first, from the participation view. */
    @Operation(operationId = "listMeetings", summary = "List the meetings of the forum")
    @GetMapping(Paths.PARTNERSHIP + "/meetings")
    List<MeetingSummary> list(
            @PathVariable PartnershipId partnershipId,
            @RequestParam(name = ViewReader.MIN_SEQUENCE, required = false) Long minSequence) {
        views.awaitSequence(ViewNames.PARTICIPATION, partnershipId, minSequence);
        return views.find(
                        new FindMeetings(partnershipId),
                        MeetingList.class,
                        ErrorCode.PARTNERSHIP_NOT_FOUND,
                        "partnership")
                .meetings();
    }

    /** The meeting with its attendees and speaking turns, from the participation view. */
    @Operation(operationId = "showMeeting", summary = "Show a meeting with its attendees and speaking turns")
    @GetMapping(Paths.MEETING)
    MeetingView show(
            @PathVariable PartnershipId partnershipId,
            @PathVariable MeetingId meetingId,
            @RequestParam(name = ViewReader.MIN_SEQUENCE, required = false) Long minSequence) {
        views.awaitSequence(ViewNames.PARTICIPATION, partnershipId, minSequence);
        return views.find(
                new FindMeeting(partnershipId, meetingId), MeetingView.class, ErrorCode.MEETING_NOT_FOUND, "meeting");
    }

    /** Records the listed partners as attending; those recorded before change nothing. */
    @Operation(operationId = "recordAttendance", summary = "Record partners as attending a meeting")
    @PostMapping(Paths.MEETING + "/attendance")
    ResponseEntity<Void> attend(
            @PathVariable PartnershipId partnershipId,
            @PathVariable MeetingId meetingId,
            @RequestBody AttendanceBody body) {
        return commands.send(
                partnershipId, new RecordAttendance(partnershipId, meetingId, body.partnerIds()), Written::noContent);
    }

    /** Records a speaking turn of an attending partner. */
    @Operation(operationId = "recordContribution", summary = "Record a speaking turn at a meeting")
    @PostMapping(Paths.MEETING + "/contributions")
    ResponseEntity<Void> contribute(
            @PathVariable PartnershipId partnershipId,
            @PathVariable MeetingId meetingId,
            @RequestBody ContributionBody body) {
        return commands.send(
                partnershipId,
                new RecordContribution(partnershipId, meetingId, body.partnerId(), body.seconds(), body.topic()),
                Written::noContent);
    }
}
