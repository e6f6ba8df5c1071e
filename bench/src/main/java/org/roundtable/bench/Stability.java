package org.roundtable.bench;

import java.util.Collections;
import java.util.List;
import java.util.Locale;

/**
 * When a load's rate counts as stable, so that its warm-up may end: the rates of its last few windows lie
 * within a tolerance of each other, the highest at most {@code 1 + tolerance} times the lowest.
 *
 * @param windows   how many of the last windows are compared
 * @param tolerance how far apart their rates may lie, as a fraction of the lowest
 */
record Stability(int windows, double tolerance) {

    Stability {
        if (windows < 2 || tolerance < 0) {
            throw new IllegalArgumentException("Stability compares two windows or more, within a tolerance ≥ 0");
        }
    }

    /**
     * Whether the rates of consecutive windows, oldest first, have become stable. A window in which nothing
     * completed is never stable: the load has not started, or stalled.
     */
    boolean reachedBy(List<Double> rates) {
        if (rates.size() < windows) {
            return false;
        }
        List<Double> last = rates.subList(rates.size() - windows, rates.size());
        double lowest = Collections.min(last);
        return lowest > 0 && Collections.max(last) <= lowest * (1 + tolerance);
    }

    /** The rule in words, for the table. */
    String formatted() {
        return String.format(
                Locale.ROOT, "the rates of the last %d lie within %.0f %% of each other", windows, tolerance * 100);
    }
}
