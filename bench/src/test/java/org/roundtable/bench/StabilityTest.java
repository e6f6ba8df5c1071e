package org.roundtable.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class StabilityTest {

    private static final Stability THREE_WITHIN_TEN_PERCENT = new Stability(3, 0.10);

    @Test
    void fewerWindowsThanComparedAreNotStable() {
        assertThat(THREE_WITHIN_TEN_PERCENT.reachedBy(List.of())).isFalse();
        assertThat(THREE_WITHIN_TEN_PERCENT.reachedBy(List.of(100.0, 100.0))).isFalse();
    }

    @Test
    void aRateStillClimbingIsNotStableUntilItsLastWindowsLevelOff() {
        List<Double> climbing = List.of(20.0, 60.0, 90.0, 120.0, 140.0, 150.0, 155.0);

        // 120, 140, 150: 150 > 1.1 × 120
        assertThat(THREE_WITHIN_TEN_PERCENT.reachedBy(climbing.subList(0, 6))).isFalse();
        // 140, 150, 155: 155 > 1.1 × 140, though each window gained less than 10 % on the one before
        assertThat(THREE_WITHIN_TEN_PERCENT.reachedBy(climbing)).isFalse();
        // 150, 155, 145: 155 ≤ 1.1 × 145
        assertThat(THREE_WITHIN_TEN_PERCENT.reachedBy(List.of(20.0, 60.0, 150.0, 155.0, 145.0)))
                .isTrue();
    }

    @Test
    void onlyTheLastWindowsCount() {
        assertThat(THREE_WITHIN_TEN_PERCENT.reachedBy(List.of(5.0, 500.0, 300.0, 310.0, 320.0)))
                .isTrue();
        assertThat(THREE_WITHIN_TEN_PERCENT.reachedBy(List.of(300.0, 310.0, 320.0, 500.0)))
                .isFalse();
    }

    @Test
    void theBoundIsTheLowestRateTimesOnePlusTheTolerance() {
        assertThat(THREE_WITHIN_TEN_PERCENT.reachedBy(List.of(100.0, 110.0, 105.0)))
                .isTrue();
        assertThat(THREE_WITHIN_TEN_PERCENT.reachedBy(List.of(100.0, 110.5, 105.0)))
                .isFalse();
    }

    @Test
    void windowsInWhichNothingCompletedAreNotStable() {
        assertThat(THREE_WITHIN_TEN_PERCENT.reachedBy(List.of(0.0, 0.0, 0.0))).isFalse();
    }

    @Test
    void theRuleReadsInWords() {
        assertThat(THREE_WITHIN_TEN_PERCENT.formatted())
                .isEqualTo("the rates of the last 3 lie within 10 % of each other");
    }

    @Test
    void stabilityComparesTwoWindowsOrMore() {
        assertThatThrownBy(() -> new Stability(1, 0.10)).isInstanceOf(IllegalArgumentException.class);
    }
}
