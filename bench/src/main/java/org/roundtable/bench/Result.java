package org.roundtable.bench;

/**
 * One row of the results table: a figure, the baseline of the same run it is compared with, and whether
 * their ratio meets the target.
 *
 * @param measure  which measurement, with its baseline's description and its target
 * @param measured the figure; null when the measurement failed
 * @param detail   what else the reader needs to judge it (percentiles, sizes), or why it failed
 * @param baseline the figure it is compared with; null for P7 or when the measurement failed
 * @param met      whether the target is met (for P7: the server did not run out of memory)
 */
record Result(Measure measure, Figure measured, String detail, Figure baseline, boolean met) {

    /** measured / baseline; NaN when either is missing. */
    double ratio() {
        return measured == null || baseline == null ? Double.NaN : measured.value() / baseline.value();
    }
}
