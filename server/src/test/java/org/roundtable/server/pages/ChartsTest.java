package org.roundtable.server.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.roundtable.api.IndicatorId;
import org.roundtable.api.MeasurementId;
import org.roundtable.api.PartnerId;
import org.roundtable.api.Phase;
import org.roundtable.api.queries.IndicatorDetail;
import org.roundtable.api.queries.MeasurementView;
import org.roundtable.api.queries.TrendSegment;
import org.roundtable.api.queries.Trends;

class ChartsTest {

    private static final Instant T0 = Instant.parse("2025-04-01T00:00:00Z");

    /** Baseline 10, target 60, measured 20 then 70: the scale spans 10 to 70, so 60 stands at 100 − 50/60·100. */
    @Test
    void anIndicatorsLineSpansItsBaselineTargetAndEveryValue() {
        Charts.IndicatorLine line = Charts.indicatorLine(indicator("10", "60", "20", "70"));

        assertThat(line.baselineAt()).isEqualTo("100.00");
        assertThat(line.targetAt()).isEqualTo("16.67");
        assertThat(line.dots()).containsExactly(new Charts.Dot("0.00", "83.33"), new Charts.Dot("100.00", "0.00"));
        assertThat(line.points()).isEqualTo("0.00,83.33 100.00,0.00");
    }

    /** A target below the baseline (litter counted down) draws the target low; one measurement stands midway. */
    @Test
    void aTargetBelowTheBaselineIsDrawnBelowIt() {
        Charts.IndicatorLine line = Charts.indicatorLine(indicator("100", "20", "60"));

        assertThat(line.baselineAt()).isEqualTo("0.00");
        assertThat(line.targetAt()).isEqualTo("100.00");
        assertThat(line.dots()).containsExactly(new Charts.Dot("50.00", "50.00"));
    }

    /**
     * Three segments, evenly spaced across at 0, 50 and 100: voice Gini 1/3, 0 and 1/2 stand at 100 − 33.33,
     * 100 and 50 (1 at the top); turnout 75 %, 100 % and 0 % at 25, 0 and 100.
     */
    @Test
    void theTrendsPlaceEachSegmentAcrossInOrderAndItsFiguresUpwards() {
        Charts.TrendLines lines = Charts.trends(new Trends(List.of(
                segment(1, Phase.MOBILIZE, 1.0 / 3, 0.75),
                segment(1, Phase.CO_DEVELOP, 0, 1),
                segment(1, Phase.PILOT_TEST, 0.5, 0))));

        assertThat(lines.voiceGini())
                .containsExactly(
                        new Charts.Dot("0.00", "66.67"),
                        new Charts.Dot("50.00", "100.00"),
                        new Charts.Dot("100.00", "50.00"));
        assertThat(lines.turnoutPoints()).isEqualTo("0.00,25.00 50.00,0.00 100.00,100.00");
        assertThat(lines.segments())
                .extracting(TrendSegment::phase)
                .containsExactly(Phase.MOBILIZE, Phase.CO_DEVELOP, Phase.PILOT_TEST);
    }

    /** A partnership that never moved has one segment, which stands midway like a single measurement. */
    @Test
    void aSingleSegmentStandsMidway() {
        Charts.TrendLines lines = Charts.trends(new Trends(List.of(segment(1, Phase.MOBILIZE, 0.25, 0.5))));

        assertThat(lines.voiceGiniPoints()).isEqualTo("50.00,75.00");
        assertThat(lines.turnout()).containsExactly(new Charts.Dot("50.00", "50.00"));
    }

    private static TrendSegment segment(int loop, Phase phase, double voiceGini, double turnout) {
        return new TrendSegment(loop, phase, T0, null, voiceGini, 0, 1 - voiceGini, turnout, 0, 0, 0, 0, 0);
    }

    private static IndicatorDetail indicator(String baseline, String target, String... values) {
        List<MeasurementView> history = List.of(values).stream()
                .map(value -> new MeasurementView(
                        MeasurementId.random(),
                        new BigDecimal(value),
                        T0,
                        PartnerId.random(),
                        null,
                        1,
                        Phase.PILOT_TEST,
                        T0))
                .toList();
        return new IndicatorDetail(
                IndicatorId.random(),
                "Swimmable days",
                "days",
                new BigDecimal(baseline),
                new BigDecimal(target),
                T0,
                null,
                null,
                history.size(),
                1,
                history);
    }
}
