package org.roundtable.command;

import static org.roundtable.command.Given.NGO;
import static org.roundtable.command.Given.PARTNERSHIP;

import java.util.List;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.Test;
import org.roundtable.api.ErrorCode;
import org.roundtable.api.LessonId;
import org.roundtable.api.Phase;
import org.roundtable.api.ProposalId;
import org.roundtable.api.Sector;
import org.roundtable.api.commands.LogLesson;
import org.roundtable.api.events.LessonLogged;
import org.roundtable.api.events.PhaseChanged;

class LessonsTest {

    private final AggregateTestFixture<Partnership> fixture = Given.fixture();
    private final LessonId lesson = LessonId.random();

    @Test
    void aLessonIsLoggedForTheCurrentPhaseByDefault() {
        fixture.given(Given.concat(
                        Given.threePartners(),
                        List.of(new PhaseChanged(
                                PARTNERSHIP, ProposalId.random(), Phase.MOBILIZE, Phase.CO_DEVELOP, 1))))
                .when(new LogLesson(PARTNERSHIP, lesson, NGO, null, "Listen first", "Residents knew the sources"))
                .expectEvents(new LessonLogged(
                        PARTNERSHIP,
                        lesson,
                        NGO,
                        Sector.NON_PROFIT,
                        Phase.CO_DEVELOP,
                        "Listen first",
                        "Residents knew the sources"));
    }

    @Test
    void aLessonMayBeLoggedForAnotherPhase() {
        fixture.given(Given.threePartners())
                .when(new LogLesson(PARTNERSHIP, lesson, NGO, Phase.SCALE, "Later", "Think of scale early"))
                .expectEvents(new LessonLogged(
                        PARTNERSHIP, lesson, NGO, Sector.NON_PROFIT, Phase.SCALE, "Later", "Think of scale early"));
    }

    @Test
    void aLessonNeedsATitle() {
        fixture.given(Given.threePartners())
                .when(new LogLesson(PARTNERSHIP, lesson, NGO, null, null, "Text"))
                .expectException(RuleViolationMatcher.violation(ErrorCode.INVALID_VALUE, "title"));
    }
}
