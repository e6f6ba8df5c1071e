package org.roundtable.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class IndicatorDefinitionTest {

    @ParameterizedTest(name = "from {0} to {1}, at {2}: {3}")
    @CsvSource({
        // (value − baseline) / (target − baseline), not clamped
        "10, 60, 10, 0.0",
        "10, 60, 35, 0.5",
        "10, 60, 60, 1.0",
        "10, 60, 70, 1.2",
        "10, 60, 5, -0.1",
        // a target below the baseline: less is progress
        "40, 10, 25, 0.5",
        // 16 significant digits (DECIMAL64), then the nearest double: not quite the double of −1/6
        "40, 10, 45, -0.1666666666666667",
        "0, 3, 1, 0.3333333333333333",
        "-0.000001, 999999999.999999, 999999999.999999, 1.0"
    })
    void progressRunsFromTheBaselineToTheTarget(String baseline, String target, String value, double progress) {
        IndicatorDefinition definition =
                new IndicatorDefinition("Swimming days", "days", new BigDecimal(baseline), new BigDecimal(target));

        assertThat(definition.progress(new BigDecimal(value))).isEqualTo(progress);
    }

    @Test
    void anIndicatorNobodyMeasuredHasNoProgress() {
        IndicatorDefinition definition =
                new IndicatorDefinition("Swimming days", "days", new BigDecimal("10"), new BigDecimal("60"));

        assertThat(definition.progress(null)).isNull();
    }
}
