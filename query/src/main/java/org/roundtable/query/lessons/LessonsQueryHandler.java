package org.roundtable.query.lessons;

import static org.roundtable.query.support.JdbcValues.enumValue;
import static org.roundtable.query.support.JdbcValues.instant;
import static org.roundtable.query.support.JdbcValues.uuid;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.axonframework.queryhandling.QueryHandler;
import org.roundtable.api.LessonId;
import org.roundtable.api.PartnerId;
import org.roundtable.api.Phase;
import org.roundtable.api.queries.FindLessons;
import org.roundtable.api.queries.LessonBook;
import org.roundtable.api.queries.LessonView;
import org.roundtable.api.queries.PhaseLessons;
import org.roundtable.query.support.ConsistentRead;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/** Answers the lesson-book query from the tables {@link LessonsProjection} writes. */
@Component
class LessonsQueryHandler {

    private final NamedParameterJdbcTemplate jdbc;
    private final ConsistentRead reads;

    LessonsQueryHandler(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
        this.reads = ConsistentRead.over(jdbc);
    }

    @QueryHandler
    Optional<LessonBook> handle(FindLessons query) {
        return reads.of(() -> {
            MapSqlParameterSource params = new MapSqlParameterSource(
                    "partnershipId", query.partnershipId().value());
            Boolean known = jdbc.queryForObject(
                    "SELECT EXISTS (SELECT 1 FROM lesson_partnership WHERE partnership_id = :partnershipId)",
                    params,
                    Boolean.class);
            if (!Boolean.TRUE.equals(known)) {
                return Optional.empty();
            }
            List<LessonView> lessons = jdbc.query(
                    """
                    SELECT lesson_id, partner_id, phase, title, text, logged_at
                    FROM lesson_entry
                    WHERE partnership_id = :partnershipId
                    ORDER BY seq
                    """,
                    params,
                    (row, n) -> new LessonView(
                            new LessonId(uuid(row, "lesson_id")),
                            new PartnerId(uuid(row, "partner_id")),
                            enumValue(row, "phase", Phase.class),
                            row.getString("title"),
                            row.getString("text"),
                            instant(row, "logged_at")));
            // An EnumMap iterates in declaration order, which is the life-cycle order of Phase.
            Map<Phase, List<LessonView>> byPhase = new EnumMap<>(Phase.class);
            lessons.forEach(lesson -> byPhase.computeIfAbsent(lesson.phase(), phase -> new ArrayList<>())
                    .add(lesson));
            return Optional.of(new LessonBook(byPhase.entrySet().stream()
                    .map(group -> new PhaseLessons(group.getKey(), List.copyOf(group.getValue())))
                    .toList()));
        });
    }
}
