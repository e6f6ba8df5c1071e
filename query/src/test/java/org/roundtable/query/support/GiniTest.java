package org.roundtable.query.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.roundtable.query.support.ReportAssertions.withinRounding;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** The Gini index against its definition, on worked examples and on seeded random values. */
class GiniTest {

    @Test
    void aWorkedExample() {
        // 4, 2, 3, 0: Σᵢ Σⱼ |xᵢ − xⱼ| = 2 × (2 + 1 + 4 + 1 + 2 + 3) = 26; 2 N² x̄ = 2 × 16 × 9/4 = 72.
        assertThat(Gini.of(4, 2, 3, 0)).isCloseTo(26.0 / 72, withinRounding());
    }

    @Test
    void allEqualIsZero() {
        assertThat(Gini.of(5, 5, 5)).isZero();
    }

    @Test
    void allZeroOrNoneIsZero() {
        assertThat(Gini.of(0, 0, 0)).isZero();
        assertThat(Gini.of()).isZero();
    }

    @Test
    void oneHoldingEverythingIsTheMaximumOneMinusOneOverN() {
        assertThat(Gini.of(0, 0, 0, 7)).isEqualTo(0.75);
        assertThat(Gini.of(7)).isZero();
    }

    @Test
    void theSortedFormEqualsTheDoubleSumDefinitionAndStaysWithinItsBounds() {
        Random random = new Random(20261122);
        for (int run = 0; run < 1_000; run++) {
            long[] values = new long[1 + random.nextInt(20)];
            for (int i = 0; i < values.length; i++) {
                // Many zeros and some large values, as voice acts and speaking seconds are.
                values[i] = random.nextInt(3) == 0 ? 0 : random.nextInt(random.nextBoolean() ? 10 : 100_000);
            }

            double gini = Gini.of(values);

            assertThat(gini).as("Gini of %s", values).isCloseTo(GiniDefinition.of(values), withinRounding());
            assertThat(gini).as("Gini of %s", values).isBetween(0.0, 1 - 1.0 / values.length);
        }
    }
}
