package org.roundtable.bench;

import java.util.Locale;

/**
 * A measured quantity with its unit, such as 312.5 votes/s or 11.2 ms.
 *
 * @param value the number, finite unless the measurement failed
 * @param unit  what it counts, for the reader of the table
 */
record Figure(double value, String unit) {

    /** Three significant digits at most, with thousands separators: 3,120 or 31.2 or 0.312. */
    String formatted() {
        return number(value) + " " + unit;
    }

    static String number(double value) {
        double magnitude = Math.abs(value);
        String pattern = magnitude >= 100 ? "%,.0f" : magnitude >= 10 ? "%.1f" : magnitude >= 1 ? "%.2f" : "%.3f";
        return String.format(Locale.ROOT, pattern, value);
    }
}
