package org.roundtable.api;

import java.math.BigDecimal;
import java.math.MathContext;

/**
 * What an INDICATOR proposal asks the partners to measure: a named quantity in a {@code unit}, from
 * {@code baseline} (where the partnership starts) to {@code target} (where it wants to be), which
 * differ. The write side checks it ({@code name} a title, {@code unit} as a pledge's, both numbers
 * finite with at most 6 decimal places and 15 digits); adopted, it is an indicator.
 */
public record IndicatorDefinition(String name, String unit, BigDecimal baseline, BigDecimal target) {

    /**
     * The precision of the division in {@link #progress}: 16 significant digits, rounded half-even, about
     * what the double it is answered as holds.
     */
    public static final MathContext PROGRESS_PRECISION = MathContext.DECIMAL64;

    /**
     * How far {@code value} has come from the baseline towards the target: (value − baseline) / (target −
     * baseline), not clamped (below 0 is worse than the baseline, above 1 beyond the target); null when
     * {@code value} is, as for an indicator nobody has measured yet. The one formula of progress, which the
     * write side records as evidence and checks at the scaling gate, and the views show.
     */
    public Double progress(BigDecimal value) {
        if (value == null) {
            return null;
        }
        return value.subtract(baseline)
                .divide(target.subtract(baseline), PROGRESS_PRECISION)
                .doubleValue();
    }
}
