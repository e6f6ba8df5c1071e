package org.roundtable.query.support;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The Lorenz curve of x₁…x_N, the picture of what {@link Gini} measures: with the values sorted from the
 * least to the most, the point after the i-th partner is (i / N, x₍₁₎ + … + x₍ᵢ₎ over Σ x). Equal values lie
 * on the diagonal; Gini is twice the area between the diagonal and the curve. When every value is 0 the
 * curve is the diagonal, as Gini is 0.
 */
public final class Lorenz {

    private Lorenz() {}

    /** One point of the curve: a share of the partners, the least active first, and their share of the whole. */
    public record Point(double partners, double held) {}

    /** The curve from (0, 0) to (1, 1), one point after each partner; just (0, 0) when there are none. */
    public static List<Point> of(long... values) {
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        long total = Arrays.stream(sorted).reduce(0L, Math::addExact);
        int n = sorted.length;
        List<Point> curve = new ArrayList<>(n + 1);
        curve.add(new Point(0, 0));
        long held = 0;
        for (int i = 1; i <= n; i++) {
            held = Math.addExact(held, sorted[i - 1]);
            double partners = Share.of(i, n).value();
            curve.add(new Point(
                    partners, total == 0 ? partners : Share.of(held, total).value()));
        }
        return List.copyOf(curve);
    }
}
