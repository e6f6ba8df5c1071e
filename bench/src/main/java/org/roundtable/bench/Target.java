package org.roundtable.bench;

/**
 * The target of a measurement's ratio to its baseline, as the issue states it.
 *
 * @param atLeast true when the ratio must reach the bound (a rate), false when it must stay under it (a time)
 * @param bound   the ratio's bound
 */
record Target(boolean atLeast, double bound) {

    static Target atLeast(double bound) {
        return new Target(true, bound);
    }

    static Target atMost(double bound) {
        return new Target(false, bound);
    }

    boolean metBy(double ratio) {
        return atLeast ? ratio >= bound : ratio <= bound;
    }

    String formatted() {
        return (atLeast ? "≥ " : "≤ ") + Figure.number(bound) + " ×";
    }
}
