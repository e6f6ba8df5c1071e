package org.roundtable.query.participation;

import static org.roundtable.query.support.JdbcValues.timestamp;

import java.time.Instant;
import java.util.List;
import java.util.stream.IntStream;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.Timestamp;
import org.roundtable.api.Attendee;
import org.roundtable.api.Elector;
import org.roundtable.api.events.AttendanceRecorded;
import org.roundtable.api.events.ContributionRecorded;
import org.roundtable.api.events.LessonLogged;
import org.roundtable.api.events.MeetingRecorded;
import org.roundtable.api.events.PartnerAdmitted;
import org.roundtable.api.events.PartnerWithdrawn;
import org.roundtable.api.events.PartnershipFormed;
import org.roundtable.api.events.PhaseChanged;
import org.roundtable.api.events.ProposalSubmitted;
import org.roundtable.api.events.VoteCast;
import org.roundtable.query.support.SegmentCounters;
import org.roundtable.query.support.ViewJdbc;
import org.roundtable.query.support.ViewNames;
import org.roundtable.query.support.ViewPositions;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.stereotype.Component;

/**
 * Writes the participation tables: each partner's counters per segment, raised event by event, and the
 * meetings with their attendees and speaking turns. An act is filed under the segment in force when it
 * was recorded, but for two that belong to another act: a vote under the segment its proposal was
 * submitted in (so a segment's turnout is over its proposals), attendance under its meeting's. It
 * counts, so it relies on its processor applying each event once (see {@link ViewPositions#recorder});
 * a replay after a reset counts from zero again.
 */
@Component
@ProcessingGroup(ViewNames.PARTICIPATION)
class ParticipationProjection {

    /** The prefix of the view's {@link SegmentCounters}. */
    static final String TABLES = "participation";
    /** The counter columns of its {@link SegmentCounters}. */
    static final List<String> COUNTERS = List.of(
            "proposals",
            "votes_cast",
            "votes_eligible",
            "meetings_attended",
            "meetings_held",
            "contributions",
            "speaking_seconds",
            "lessons");

    /** What {@link ViewJdbc#remembered} keeps a proposal's segment under, read by each of its votes. */
    private static final String SUBMITTED_IN = "proposal submitted in";
    /** What {@link ViewJdbc#remembered} keeps a meeting's segment under, read by its attendance. */
    private static final String HELD_IN = "meeting held in";
    /**
     * What {@link ViewJdbc#takePlaces} keeps the last place in a meeting's order of attendance under, so
     * that a batch's attendees are plain INSERTs the driver folds.
     */
    private static final String SEATED = "attendees seated";
    /** As {@link #SEATED}, for a meeting's order of contributions. */
    private static final String SPOKEN = "contributions spoken";

    private final ViewJdbc jdbc;
    private final SegmentCounters partners;

    ParticipationProjection(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = new ViewJdbc(jdbc);
        this.partners = new SegmentCounters(this.jdbc, TABLES, COUNTERS);
    }

    @EventHandler
    void on(PartnershipFormed event, @Timestamp Instant at) {
        partners.form(event, at);
    }

    @EventHandler
    void on(PhaseChanged event, @Timestamp Instant at) {
        partners.changePhase(event, at);
    }

    @EventHandler
    void on(PartnerAdmitted event) {
        partners.admit(event);
    }

    @EventHandler
    void on(PartnerWithdrawn event) {
        partners.withdraw(event);
    }

    /** The author made a proposal; every elector of its frozen electorate became eligible to vote on it. */
    @EventHandler
    void on(ProposalSubmitted event) {
        int segment = partners.current(event.partnershipId());
        jdbc.update(
                "INSERT INTO participation_proposal (proposal_id, segment) VALUES (:proposalId, :segment)",
                new MapSqlParameterSource("proposalId", event.proposalId().value()).addValue("segment", segment));
        jdbc.remember(SUBMITTED_IN, event.proposalId().value(), segment);
        partners.add("proposals", 1, event.partnershipId(), segment, List.of(event.partnerId()));
        partners.add(
                "votes_eligible",
                1,
                event.partnershipId(),
                segment,
                event.electorate().stream().map(Elector::partnerId).toList());
    }

    /** A first vote, filed beside its eligibility; a VoteChanged is no new vote cast, so a changed vote counts once. */
    @EventHandler
    void on(VoteCast event) {
        int submittedIn = jdbc.remembered(
                SUBMITTED_IN,
                event.proposalId().value(),
                "SELECT segment FROM participation_proposal WHERE proposal_id = :id");
        partners.add("votes_cast", 1, event.partnershipId(), submittedIn, List.of(event.partnerId()));
    }

    /** The meeting counts as held for every partner active when it was recorded. */
    @EventHandler
    void on(MeetingRecorded event, @Timestamp Instant at) {
        int segment = partners.current(event.partnershipId());
        jdbc.remember(HELD_IN, event.meetingId().value(), segment);
        jdbc.remember(SEATED, event.meetingId().value(), 0);
        jdbc.remember(SPOKEN, event.meetingId().value(), 0);
        jdbc.update(
                """
                INSERT INTO participation_meeting (meeting_id, partnership_id, title, held_at, recorded_at, segment)
                VALUES (:meetingId, :partnershipId, :title, :heldAt, :at, :segment)
                """,
                new MapSqlParameterSource()
                        .addValue("meetingId", event.meetingId().value())
                        .addValue("partnershipId", event.partnershipId().value())
                        .addValue("title", event.title())
                        .addValue("heldAt", timestamp(event.heldAt()))
                        .addValue("at", timestamp(at))
                        .addValue("segment", segment));
        partners.addToActive("meetings_held", 1, event.partnershipId());
    }

    /** The event names only partners not recorded as attending before, so each attends a meeting once. */
    @EventHandler
    void on(AttendanceRecorded event) {
        List<Attendee> attendees = event.attendees();
        int first = jdbc.takePlaces(
                SEATED,
                event.meetingId().value(),
                attendees.size(),
                "SELECT coalesce(max(seq), 0) FROM participation_attendee WHERE meeting_id = :id");
        jdbc.batchUpdate(
                """
                INSERT INTO participation_attendee (meeting_id, partner_id, seq)
                VALUES (:meetingId, :partnerId, :seq)
                """,
                IntStream.range(0, attendees.size())
                        .mapToObj(n -> new MapSqlParameterSource()
                                .addValue("meetingId", event.meetingId().value())
                                .addValue(
                                        "partnerId",
                                        attendees.get(n).partnerId().value())
                                .addValue("seq", first + n))
                        .toArray(SqlParameterSource[]::new));
        int heldIn = jdbc.remembered(
                HELD_IN, event.meetingId().value(), "SELECT segment FROM participation_meeting WHERE meeting_id = :id");
        partners.add(
                "meetings_attended",
                1,
                event.partnershipId(),
                heldIn,
                event.attendees().stream().map(Attendee::partnerId).toList());
    }

    @EventHandler
    void on(ContributionRecorded event, @Timestamp Instant at) {
        int seq = jdbc.takePlaces(
                SPOKEN,
                event.meetingId().value(),
                1,
                "SELECT coalesce(max(seq), 0) FROM participation_contribution WHERE meeting_id = :id");
        jdbc.update(
                """
                INSERT INTO participation_contribution (meeting_id, seq, partner_id, seconds, topic, recorded_at)
                VALUES (:meetingId, :seq, :partnerId, :seconds, :topic, :at)
                """,
                new MapSqlParameterSource()
                        .addValue("meetingId", event.meetingId().value())
                        .addValue("seq", seq)
                        .addValue("partnerId", event.partnerId().value())
                        .addValue("seconds", event.seconds())
                        .addValue("topic", event.topic())
                        .addValue("at", timestamp(at)));
        int segment = partners.current(event.partnershipId());
        partners.add("contributions", 1, event.partnershipId(), segment, List.of(event.partnerId()));
        partners.add("speaking_seconds", event.seconds(), event.partnershipId(), segment, List.of(event.partnerId()));
    }

    @EventHandler
    void on(LessonLogged event) {
        partners.add("lessons", 1, event.partnershipId(), List.of(event.partnerId()));
    }

    @ResetHandler
    void reset() {
        jdbc.execute("DELETE FROM participation_contribution");
        jdbc.execute("DELETE FROM participation_attendee");
        jdbc.execute("DELETE FROM participation_meeting");
        jdbc.execute("DELETE FROM participation_proposal");
        partners.empty();
    }
}
