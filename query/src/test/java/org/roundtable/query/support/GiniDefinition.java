package org.roundtable.query.support;

/** The Gini index computed literally as SPEC section 4 defines it, to check {@link Gini} against. */
public final class GiniDefinition {

    private GiniDefinition() {}

    /** Σᵢ Σⱼ |xᵢ − xⱼ| / (2 N² x̄), in O(N²); 0 when all are 0. */
    public static double of(long... values) {
        int n = values.length;
        double sum = 0;
        double differences = 0;
        for (long xi : values) {
            sum += xi;
            for (long xj : values) {
                differences += Math.abs(xi - xj);
            }
        }
        return sum == 0 ? 0 : differences / (2.0 * n * n * (sum / n));
    }
}
