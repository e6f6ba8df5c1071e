package org.roundtable.query.support;

import java.util.Arrays;

/**
 * The Gini index of x₁…x_N, how unequally something is spread over N partners (SPEC section 4):
 * Σᵢ Σⱼ |xᵢ − xⱼ| / (2 N² x̄), and 0 when all are 0 or there are none. 0 is perfect equality; one
 * partner holding everything gives the maximum, 1 − 1/N.
 */
public final class Gini {

    private Gini() {}

    /**
     * Computed in O(N log N) on the sorted values: with x₍₁₎ ≤ … ≤ x₍N₎, x₍ᵢ₎ exceeds i − 1 values and
     * falls short of N − i, so Σᵢ Σⱼ |xᵢ − xⱼ| = 2 Σᵢ (2i − N − 1) x₍ᵢ₎; and 2 N² x̄ = 2 N Σ x.
     */
    public static double of(long... values) {
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        long weighted = 0;
        long total = 0;
        for (int i = 1; i <= n; i++) {
            weighted = Math.addExact(weighted, Math.multiplyExact(2L * i - n - 1, sorted[i - 1]));
            total = Math.addExact(total, sorted[i - 1]);
        }
        return Share.of(weighted, Math.multiplyExact(n, total)).value();
    }
}
