package org.roundtable.server.axon;

import java.time.Instant;
import java.time.LocalDate;
import org.axonframework.common.DateTimeUtils;

/**
 * Reads the timestamp text the store keeps with every event. The append writes it as Axon formats it,
 * {@code 2026-12-05T19:12:53.450Z}, and that shape is read by hand, about forty times faster than Axon's
 * general ISO-8601 parser, which a profile of a rebuild showed taking a tenth of the views' processor;
 * any other text (an offset other than Z, another precision) goes to that parser.
 */
final class StoredTimestamp {

    private static final int LENGTH = "2026-12-05T19:12:53.450Z".length();

    private StoredTimestamp() {}

    static Instant parse(String text) {
        if (!hasStoredShape(text)) {
            return DateTimeUtils.parseInstant(text);
        }
        long day = LocalDate.of(digits(text, 0, 4), digits(text, 5, 2), digits(text, 8, 2))
                .toEpochDay();
        long second = day * 86_400 + digits(text, 11, 2) * 3_600L + digits(text, 14, 2) * 60L + digits(text, 17, 2);
        return Instant.ofEpochSecond(second, digits(text, 20, 3) * 1_000_000L);
    }

    private static boolean hasStoredShape(String text) {
        if (text.length() != LENGTH || text.charAt(LENGTH - 1) != 'Z') {
            return false;
        }
        for (int i = 0; i < LENGTH - 1; i++) {
            char c = text.charAt(i);
            boolean ok = switch (i) {
                case 4, 7 -> c == '-';
                case 10 -> c == 'T';
                case 13, 16 -> c == ':';
                case 19 -> c == '.';
                default -> c >= '0' && c <= '9';
            };
            if (!ok) {
                return false;
            }
        }
        return hasValidFields(text);
    }

    /** Out-of-range fields (a 25th hour, a 61st second) are left to the parser, which refuses them. */
    private static boolean hasValidFields(String text) {
        return digits(text, 11, 2) < 24 && digits(text, 14, 2) < 60 && digits(text, 17, 2) < 60;
    }

    private static int digits(String text, int from, int count) {
        int value = 0;
        for (int i = from; i < from + count; i++) {
            value = value * 10 + (text.charAt(i) - '0');
        }
        return value;
    }
}
