package org.roundtable.query.participation;

import static org.roundtable.query.support.JdbcValues.instant;
import static org.roundtable.query.support.JdbcValues.uuid;

import java.util.List;
import java.util.Optional;
import org.axonframework.queryhandling.QueryHandler;
import org.roundtable.api.MeetingId;
import org.roundtable.api.PartnerId;
import org.roundtable.api.queries.ContributionView;
import org.roundtable.api.queries.FindMeeting;
import org.roundtable.api.queries.FindMeetings;
import org.roundtable.api.queries.FindParticipation;
import org.roundtable.api.queries.MeetingList;
import org.roundtable.api.queries.MeetingSummary;
import org.roundtable.api.queries.MeetingView;
import org.roundtable.api.queries.ParticipationReport;
import org.roundtable.query.support.ConsistentRead;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Answers the participation report and the meetings from the tables {@link ParticipationProjection}
 * writes. The report reads one row per partner (its counters summed over the segments it covers); its
 * figures are reckoned by {@link Participation}.
 */
@Component
class ParticipationQueryHandler {

    private final NamedParameterJdbcTemplate jdbc;
    private final ConsistentRead reads;
    private final VoiceCounters counters;

    ParticipationQueryHandler(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
        this.reads = ConsistentRead.over(jdbc);
        this.counters = new VoiceCounters(jdbc);
    }

    @QueryHandler
    Optional<ParticipationReport> handle(FindParticipation query) {
        if (query.segment() == null) {
            return counters.wholeLife(query.partnershipId()).map(Participation::report);
        }
        return reads.of(
                () -> counters.over(query.partnershipId(), query.segment()).map(Participation::report));
    }

    @QueryHandler
    Optional<MeetingView> handle(FindMeeting query) {
        return reads.of(() -> {
            MapSqlParameterSource params = new MapSqlParameterSource()
                    .addValue("partnershipId", query.partnershipId().value())
                    .addValue("meetingId", query.meetingId().value());
            // Filtering on the partnership too keeps one partnership's URL from showing another's meeting.
            return jdbc
                    .query(
                            """
                            SELECT * FROM participation_meeting
                            WHERE meeting_id = :meetingId AND partnership_id = :partnershipId
                            """,
                            params,
                            (row, n) -> new MeetingView(
                                    new MeetingId(uuid(row, "meeting_id")),
                                    row.getString("title"),
                                    instant(row, "held_at"),
                                    instant(row, "recorded_at"),
                                    attendees(params),
                                    contributions(params)))
                    .stream()
                    .findFirst();
        });
    }

    @QueryHandler
    Optional<MeetingList> handle(FindMeetings query) {
        if (!counters.knows(query.partnershipId())) {
            return Optional.empty();
        }
        return Optional.of(new MeetingList(jdbc.query(
                """
                SELECT meeting_id, title, held_at FROM participation_meeting
                WHERE partnership_id = :partnershipId
                ORDER BY held_at DESC, recorded_at DESC
                """,
                new MapSqlParameterSource("partnershipId", query.partnershipId().value()),
                (row, n) -> new MeetingSummary(
                        new MeetingId(uuid(row, "meeting_id")), row.getString("title"), instant(row, "held_at")))));
    }

    private List<PartnerId> attendees(MapSqlParameterSource params) {
        return jdbc.query(
                "SELECT partner_id FROM participation_attendee WHERE meeting_id = :meetingId ORDER BY seq",
                params,
                (row, n) -> new PartnerId(uuid(row, "partner_id")));
    }

    private List<ContributionView> contributions(MapSqlParameterSource params) {
        return jdbc.query(
                """
                SELECT partner_id, seconds, topic, recorded_at
                FROM participation_contribution
                WHERE meeting_id = :meetingId
                ORDER BY seq
                """,
                params,
                (row, n) -> new ContributionView(
                        new PartnerId(uuid(row, "partner_id")),
                        row.getInt("seconds"),
                        row.getString("topic"),
                        instant(row, "recorded_at")));
    }
}
