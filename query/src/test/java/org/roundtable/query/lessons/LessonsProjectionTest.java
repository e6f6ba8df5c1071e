package org.roundtable.query.lessons;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.roundtable.api.DecisionMethod;
import org.roundtable.api.DecisionRule;
import org.roundtable.api.LessonId;
import org.roundtable.api.PartnerId;
import org.roundtable.api.PartnershipId;
import org.roundtable.api.Phase;
import org.roundtable.api.Sector;
import org.roundtable.api.events.LessonLogged;
import org.roundtable.api.events.PartnershipFormed;
import org.roundtable.api.queries.FindLessons;
import org.roundtable.api.queries.LessonBook;
import org.roundtable.api.queries.LessonView;
import org.roundtable.api.queries.PhaseLessons;
import org.roundtable.query.support.TestDatabase;

class LessonsProjectionTest {

    private static final Instant T0 = Instant.parse("2025-03-01T09:00:00Z");

    @RegisterExtension
    static final TestDatabase database = new TestDatabase();

    private LessonsProjection projection;
    private LessonsQueryHandler queries;
    private final PartnershipId partnership = PartnershipId.random();
    private final PartnerId city = PartnerId.random();
    private final PartnerId tenants = PartnerId.random();

    @BeforeEach
    void wire() {
        projection = new LessonsProjection(database.jdbc());
        queries = new LessonsQueryHandler(database.jdbc());
    }

    @Test
    void lessonsAreGroupedInLifeCycleOrderOldestFirst() {
        form(partnership);
        LessonView scale = log(partnership, city, Phase.SCALE, "Scale needs budget", at(1));
        LessonView mobilizeLate = log(partnership, tenants, Phase.MOBILIZE, "Invite tenants early", at(2));
        LessonView pilot = log(partnership, city, Phase.PILOT_TEST, "Measure twice", at(3));
        LessonView mobilizeLater = log(partnership, city, Phase.MOBILIZE, "Agree on a purpose", at(4));

        assertThat(queries.handle(new FindLessons(partnership)))
                .contains(new LessonBook(List.of(
                        new PhaseLessons(Phase.MOBILIZE, List.of(mobilizeLate, mobilizeLater)),
                        new PhaseLessons(Phase.PILOT_TEST, List.of(pilot)),
                        new PhaseLessons(Phase.SCALE, List.of(scale)))));
    }

    @Test
    void knownPartnershipWithoutLessonsHasAnEmptyBook() {
        PartnershipId other = PartnershipId.random();
        form(partnership);
        form(other);
        log(other, city, Phase.MOBILIZE, "Someone else's lesson", at(1));

        assertThat(queries.handle(new FindLessons(partnership))).contains(new LessonBook(List.of()));
    }

    @Test
    void unknownPartnershipHasNoBook() {
        assertThat(queries.handle(new FindLessons(PartnershipId.random()))).isEmpty();
    }

    @Test
    void replayAfterResetRebuildsTheSameBook() {
        List<Runnable> history = history();
        history.forEach(Runnable::run);
        LessonBook before = book();

        projection.reset();
        assertThat(queries.handle(new FindLessons(partnership))).isEmpty();
        history.forEach(Runnable::run);

        assertThat(book()).isEqualTo(before);
    }

    @Test
    void redeliveredEventsAddNothing() {
        List<Runnable> history = history();
        history.forEach(Runnable::run);
        LessonBook once = book();
        List<Integer> rows = List.of(database.count("lesson_partnership"), database.count("lesson_entry"));

        history.forEach(event -> {
            event.run();
            event.run();
        });

        assertThat(book()).isEqualTo(once);
        assertThat(List.of(database.count("lesson_partnership"), database.count("lesson_entry")))
                .isEqualTo(rows);
    }

    /** Events with fixed lesson ids, so that applying the list again re-delivers the same events. */
    private List<Runnable> history() {
        List<LessonLogged> lessons = List.of(
                new LessonLogged(partnership, LessonId.random(), city, Sector.PUBLIC, Phase.CO_DEVELOP, "A", "a"),
                new LessonLogged(partnership, LessonId.random(), tenants, Sector.COMMUNITY, Phase.MOBILIZE, "B", "b"),
                new LessonLogged(partnership, LessonId.random(), city, Sector.PUBLIC, Phase.CO_DEVELOP, "C", "c"));
        List<Runnable> history = new ArrayList<>();
        history.add(() -> form(partnership));
        for (int i = 0; i < lessons.size(); i++) {
            LessonLogged lesson = lessons.get(i);
            Instant at = at(i + 1);
            history.add(() -> projection.on(lesson, at));
        }
        return history;
    }

    private LessonBook book() {
        return queries.handle(new FindLessons(partnership)).orElseThrow();
    }

    private void form(PartnershipId id) {
        projection.on(new PartnershipFormed(
                id,
                "Clean river",
                "Make the river swimmable",
                new DecisionRule(DecisionMethod.CONSENSUS, new BigDecimal("1"), false),
                Phase.MOBILIZE));
    }

    private LessonView log(PartnershipId id, PartnerId partner, Phase phase, String title, Instant at) {
        LessonId lesson = LessonId.random();
        projection.on(new LessonLogged(id, lesson, partner, Sector.PUBLIC, phase, title, "Text of " + title), at);
        return new LessonView(lesson, partner, phase, title, "Text of " + title, at);
    }

    private static Instant at(int seconds) {
        return T0.plusSeconds(seconds);
    }
}
