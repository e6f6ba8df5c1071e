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
