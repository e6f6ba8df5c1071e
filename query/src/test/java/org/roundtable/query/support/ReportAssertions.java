package org.roundtable.query.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Comparator;
import org.assertj.core.data.Offset;

/** Compares reports field by field: fractions (doubles) to within rounding, amounts by value (10 = 10.00). */
public final class ReportAssertions {

    /** Far below any difference a report's figures could show, far above a double's rounding. */
    private static final double ROUNDING = 1e-12;

    private static final Comparator<Double> WITHIN_ROUNDING =
            (actual, expected) -> Math.abs(actual - expected) <= ROUNDING ? 0 : Double.compare(actual, expected);

    private ReportAssertions() {}

    /** For {@code isCloseTo}: a fraction equal to the expected one but for rounding. */
    public static Offset<Double> withinRounding() {
        return Offset.offset(ROUNDING);
    }

    /** {@code actual} equals {@code expected} in every field, fractions within rounding, amounts by value. */
    public static void assertFigures(Object actual, Object expected) {
        assertThat(actual)
                .usingRecursiveComparison()
                .withComparatorForType(WITHIN_ROUNDING, Double.class)
                .withComparatorForType(BigDecimal::compareTo, BigDecimal.class)
                .isEqualTo(expected);
    }
}
