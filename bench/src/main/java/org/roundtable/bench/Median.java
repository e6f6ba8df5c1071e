package org.roundtable.bench;

import java.util.Arrays;

/** The middle of several measurements of one figure, which one noisy pass cannot move far. */
final class Median {

    private Median() {}

    /** The middle value, or the mean of the two middle ones of an even count. */
    static double of(double... values) {
        if (values.length == 0) {
            throw new IllegalArgumentException("No value has a median");
        }
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int middle = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }
}
