package org.roundtable.query.lessons;

import static org.roundtable.query.support.JdbcValues.name;
import static org.roundtable.query.support.JdbcValues.timestamp;

import java.time.Instant;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.Timestamp;
import org.roundtable.api.events.LessonLogged;
import org.roundtable.api.events.PartnershipFormed;
import org.roundtable.query.support.ViewJdbc;
import org.roundtable.query.support.ViewNames;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Writes the lesson tables. Every write is keyed by natural ids, so a re-delivered event
 * changes nothing and a replay from empty tables rebuilds the same rows.
 */
@Component
@ProcessingGroup(ViewNames.LESSONS)
class LessonsProjection {

    private final ViewJdbc jdbc;

    LessonsProjection(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = new ViewJdbc(jdbc);
    }

    /** Recorded so that the lesson book can tell a partnership without lessons from none at all. */
    @EventHandler
    void on(PartnershipFormed event) {
        jdbc.update(
                """
                INSERT INTO lesson_partnership (partnership_id) VALUES (:partnershipId)
                ON CONFLICT (partnership_id) DO NOTHING
                """,
                new MapSqlParameterSource("partnershipId", event.partnershipId().value()));
    }

    @EventHandler
    void on(LessonLogged event, @Timestamp Instant at) {
        jdbc.update(
                """
                INSERT INTO lesson_entry (lesson_id, partnership_id, seq, partner_id, sector, phase, title, text,
                                          logged_at)
                SELECT :lessonId, :partnershipId, coalesce(max(seq), 0) + 1, :partnerId, :sector, :phase, :title, :text,
                       :at
                FROM lesson_entry
                WHERE partnership_id = :partnershipId
                ON CONFLICT (lesson_id) DO NOTHING
                """,
                new MapSqlParameterSource()
                        .addValue("lessonId", event.lessonId().value())
                        .addValue("partnershipId", event.partnershipId().value())
                        .addValue("partnerId", event.partnerId().value())
                        .addValue("sector", name(event.sector()))
                        .addValue("phase", name(event.phase()))
                        .addValue("title", event.title())
                        .addValue("text", event.text())
                        .addValue("at", timestamp(at)));
    }

    @ResetHandler
    void reset() {
        jdbc.execute("DELETE FROM lesson_entry");
        jdbc.execute("DELETE FROM lesson_partnership");
    }
}
