package org.roundtable.query.support;

import java.math.BigDecimal;
import java.math.MathContext;

/**
 * A part of a whole, {@code part / whole}, kept exact and 0 when the whole is 0: every share, rate
 * and ratio of the reports (voiceShare, speakingShare, turnout, attendance, memberShare,
 * representation, adoptionRate, agendaShare, alignment, resourceShare, fulfilment). Flags compare
 * shares exactly, by cross-multiplication; only {@link #value()} turns one into a double, for the
 * JSON of a report.
 */
public final class Share implements Comparable<Share> {

    private static final Share ZERO = new Share(BigDecimal.ZERO, BigDecimal.ONE);

    /** Whole numbers of up to this many digits are below 2^53, so exact as doubles. */
    private static final int EXACT_DIGITS = 15;

    private final BigDecimal part;
    /** Never 0 and never negative, so that cross-multiplying keeps the order. */
    private final BigDecimal whole;

    private Share(BigDecimal part, BigDecimal whole) {
        this.part = part;
        this.whole = whole;
    }

    public static Share of(long part, long whole) {
        return of(BigDecimal.valueOf(part), BigDecimal.valueOf(whole));
    }

    /** {@code part / whole}; 0 when the whole is 0. */
    public static Share of(BigDecimal part, BigDecimal whole) {
        if (whole.signum() == 0) {
            return ZERO;
        }
        return whole.signum() > 0 ? new Share(part, whole) : new Share(part.negate(), whole.negate());
    }

    /** equalShare = 1/N, 0 when N = 0: what each of N active partners would hold if all held the same. */
    public static Share equalShare(int activePartners) {
        return of(1, activePartners);
    }

    /** This share as a part of {@code other}, as representation = voiceShare / memberShare; 0 when other is 0. */
    public Share per(Share other) {
        return of(part.multiply(other.whole), whole.multiply(other.part));
    }

    /** This share multiplied by {@code factor}, as the thresholds 0.5 × (1/N) and 2 × (1/N). */
    public Share times(BigDecimal factor) {
        return new Share(part.multiply(factor), whole);
    }

    public boolean isBelow(Share other) {
        return compareTo(other) < 0;
    }

    public boolean isAbove(Share other) {
        return compareTo(other) > 0;
    }

    public boolean isAtLeast(Share other) {
        return compareTo(other) >= 0;
    }

    @Override
    public int compareTo(Share other) {
        return part.multiply(other.whole).compareTo(other.part.multiply(whole));
    }

    /**
     * The nearest double: of two whole numbers below 10^15 (every count of a report), both exact as doubles,
     * the double division, which IEEE 754 rounds to the nearest; else from a division 34 digits exact. A
     * report reckons dozens of shares for each partner, and the decimal division took a twelfth of its time.
     */
    public double value() {
        if (isSmallWholeNumber(part) && isSmallWholeNumber(whole)) {
            return (double) part.longValueExact() / whole.longValueExact();
        }
        return part.divide(whole, MathContext.DECIMAL128).doubleValue();
    }

    private static boolean isSmallWholeNumber(BigDecimal number) {
        return number.scale() == 0 && number.precision() <= EXACT_DIGITS;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Share share && compareTo(share) == 0;
    }

    @Override
    public int hashCode() {
        return Double.hashCode(value());
    }

    @Override
    public String toString() {
        return part.toPlainString() + "/" + whole.toPlainString();
    }
}
