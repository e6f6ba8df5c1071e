package org.roundtable.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.roundtable.api.events.LessonLogged;
import org.roundtable.api.events.PartnershipFormed;
import org.roundtable.api.events.PhaseChanged;

class SegmentTest {

    private static final PartnershipId PARTNERSHIP = PartnershipId.random();
    private static final PartnerId CITY = PartnerId.random();

    @Test
    void everyEventBelongsToTheLoopAndPhaseInForceWhenItWasRecorded() {
        assertThat(segmentsOf(history(true)))
                .containsExactly(
                        new Segment(1, Phase.MOBILIZE),
                        new Segment(1, Phase.MOBILIZE),
                        new Segment(1, Phase.CO_DEVELOP),
                        new Segment(1, Phase.PILOT_TEST),
                        new Segment(1, Phase.SCALE),
                        new Segment(1, Phase.SCALE),
                        new Segment(2, Phase.CO_DEVELOP),
                        new Segment(2, Phase.CO_DEVELOP),
                        new Segment(2, Phase.PILOT_TEST),
                        new Segment(2, Phase.SCALE),
                        new Segment(3, Phase.CO_DEVELOP));
    }

    @Test
    void phaseChangesStoredWithoutTheirLoopFoldToTheSameSegments() {
        assertThat(segmentsOf(history(false))).isEqualTo(segmentsOf(history(true)));
    }

    @Test
    void onlyAMoveFromScaleBackToCoDevelopStartsTheNextLoop() {
        Segment scale = new Segment(2, Phase.SCALE);
        assertThat(scale.moveTo(Phase.CO_DEVELOP)).isEqualTo(new Segment(3, Phase.CO_DEVELOP));
        assertThat(new Segment(2, Phase.PILOT_TEST).moveTo(Phase.SCALE)).isEqualTo(scale);
        assertThat(new Segment(1, Phase.MOBILIZE).moveTo(Phase.CO_DEVELOP)).isEqualTo(new Segment(1, Phase.CO_DEVELOP));
    }

    /** The segment of each event, folded over {@code stream}. */
    private static List<Segment> segmentsOf(List<Object> stream) {
        List<Segment> segments = new ArrayList<>();
        Segment segment = null;
        for (Object event : stream) {
            segment = Segment.of(segment, event);
            segments.add(segment);
        }
        return segments;
    }

    /** Two loops and the start of a third, with lessons between the moves; {@code withLoops} as recorded now, else as before loops were. */
    private static List<Object> history(boolean withLoops) {
        return List.of(
                new PartnershipFormed(
                        PARTNERSHIP,
                        "Clean River",
                        "The river is polluted",
                        new DecisionRule(DecisionMethod.CONSENT, new BigDecimal("0.5"), false),
                        Phase.MOBILIZE),
                lesson(),
                moved(Phase.MOBILIZE, Phase.CO_DEVELOP, withLoops ? 1 : 0),
                moved(Phase.CO_DEVELOP, Phase.PILOT_TEST, withLoops ? 1 : 0),
                moved(Phase.PILOT_TEST, Phase.SCALE, withLoops ? 1 : 0),
                lesson(),
                moved(Phase.SCALE, Phase.CO_DEVELOP, withLoops ? 2 : 0),
                lesson(),
                moved(Phase.CO_DEVELOP, Phase.PILOT_TEST, withLoops ? 2 : 0),
                moved(Phase.PILOT_TEST, Phase.SCALE, withLoops ? 2 : 0),
                moved(Phase.SCALE, Phase.CO_DEVELOP, withLoops ? 3 : 0));
    }

    private static PhaseChanged moved(Phase from, Phase to, int loop) {
        return new PhaseChanged(PARTNERSHIP, ProposalId.random(), from, to, loop);
    }

    private static LessonLogged lesson() {
        return new LessonLogged(
                PARTNERSHIP, LessonId.random(), CITY, Sector.PUBLIC, Phase.MOBILIZE, "Listen first", "Text");
    }
}
