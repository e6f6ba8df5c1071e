package org.roundtable.server.pages;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.roundtable.api.ErrorCode;
import org.roundtable.api.MeetingId;
import org.roundtable.api.PartnerId;
import org.roundtable.api.PartnershipId;
import org.roundtable.api.commands.RecordAttendance;
import org.roundtable.api.commands.RecordContribution;
import org.roundtable.api.queries.ContributionView;
import org.roundtable.api.queries.FindMeeting;
import org.roundtable.api.queries.FindParticipation;
import org.roundtable.api.queries.MeetingView;
import org.roundtable.api.queries.ParticipationReport;
import org.roundtable.api.queries.PartnershipView;
import org.roundtable.query.support.ViewNames;
import org.roundtable.server.read.ViewReader;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * A meeting's page, where its chair (a coordinator) records who attends and keeps the speaking list: a click
 * when a partner starts speaking, another when it stops (or when the next one starts), and the turn is
 * recorded as a contribution with its seconds. Beside the list, each partner's share of speaking time in the
 * partnership as the participation report counts it, so the chair sees who has not been heard yet.
 * <p>
 * The turn under way is carried by the page's own address ({@value #SPEAKING}, {@value #SINCE}), not by the
 * server: nothing is recorded until the turn ends, and any instance can end it.
 */
@Controller
class MeetingPage {

    static final String SPEAKING = "speaking";
    static final String SINCE = "since";

    private final ViewReader views;
    private final PageReads reads;
    private final PageActs acts;
    private final Clock clock;

    MeetingPage(ViewReader views, PageReads reads, PageActs acts) {
        this.views = views;
        this.reads = reads;
        this.acts = acts;
        this.clock = Clock.systemUTC();
    }

    @GetMapping(PagePaths.MEETING)
    String show(
            @PathVariable PartnershipId partnershipId,
            @PathVariable MeetingId meetingId,
            @RequestParam(name = ViewReader.MIN_SEQUENCE, required = false) Long minSequence,
            @RequestParam(name = SPEAKING, required = false) PartnerId speaking,
            @RequestParam(name = SINCE, required = false) Instant since,
            Model model) {
        reads.catchUp(model, partnershipId, minSequence, ViewNames.PARTICIPATION, ViewNames.PARTNERSHIP);
        MeetingView meeting = views.find(
                new FindMeeting(partnershipId, meetingId), MeetingView.class, ErrorCode.MEETING_NOT_FOUND, "meeting");
        PartnershipView partnership = reads.partnership(partnershipId);
        ParticipationReport participation =
                reads.report(new FindParticipation(partnershipId), ParticipationReport.class);
        model.addAttribute("partnership", partnership);
        model.addAttribute("meeting", meeting);
        model.addAttribute("names", PartnerNames.of(partnership));
        model.addAttribute("viewer", reads.viewerOf(partnership));
        model.addAttribute("participation", participation);
        model.addAttribute("secondsInMeeting", secondsByPartner(meeting.contributions()));
        model.addAttribute("speaking", speaking != null && since != null ? speaking : null);
        model.addAttribute("since", since);
        return "meeting";
    }

    @PostMapping(PagePaths.MEETING + "/attendance")
    String attend(
            @PathVariable PartnershipId partnershipId,
            @PathVariable MeetingId meetingId,
            @RequestParam(name = "partnerId", defaultValue = "") List<PartnerId> partnerIds) {
        return acts.carryOut(
                partnershipId,
                new RecordAttendance(partnershipId, meetingId, partnerIds),
                PagePaths.meeting(partnershipId, meetingId));
    }

    /**
     * Ends the turn under way, if any, recording it with its seconds (at least one), and starts the next
     * speaker's, if one is named.
     */
    @PostMapping(PagePaths.MEETING + "/turns")
    String turn(
            @PathVariable PartnershipId partnershipId,
            @PathVariable MeetingId meetingId,
            @RequestParam(name = SPEAKING, required = false) PartnerId speaking,
            @RequestParam(name = SINCE, required = false) Instant since,
            @RequestParam(name = "next", required = false) PartnerId next,
            @RequestParam(required = false) String topic) {
        Instant now = clock.instant();
        String page = PagePaths.meeting(partnershipId, meetingId);
        UriComponentsBuilder after = UriComponentsBuilder.fromPath(page);
        if (speaking != null && since != null) {
            int seconds = (int) Math.max(1, Duration.between(since, now).toSeconds());
            long sequence = acts.store(
                    partnershipId,
                    new RecordContribution(partnershipId, meetingId, speaking, seconds, PageActs.givenOrNull(topic)));
            after = PageActs.afterAct(page, sequence);
        }
        if (next != null) {
            after.queryParam(SPEAKING, next).queryParam(SINCE, now);
        }
        return "redirect:" + after.toUriString();
    }

    private static Map<PartnerId, Integer> secondsByPartner(List<ContributionView> contributions) {
        return contributions.stream()
                .collect(Collectors.groupingBy(
                        ContributionView::partnerId, Collectors.summingInt(ContributionView::seconds)));
    }
}
