package org.roundtable.command;

import java.math.BigDecimal;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.roundtable.api.ErrorCode;
import org.roundtable.api.RuleViolation;

/**
 * The input rules that hold whatever the state: required values and text lengths. The write side
 * checks them itself, so every way in (HTTP or otherwise) gets the same answer, naming the field.
 */
final class Require {

    static final int NAME_LENGTH = 200;
    static final int SHORT_TEXT_LENGTH = 2_000;
    static final int LONG_TEXT_LENGTH = 20_000;
    static final int CONTRACT_TERMS_LENGTH = 50_000;

    private Require() {
    }

    static <T> T present(T value, String field) {
        if (value == null) {
            throw invalid(field, field + " is required");
        }
        return value;
    }

    /** A required whole number of 1 or more, such as a contract version. */
    static int positive(Integer value, String field) {
        present(value, field);
        if (value < 1) {
            throw invalid(field, field + " must be a whole number of 1 or more, was " + value);
        }
        return value;
    }

    /** A required text: present, not blank, at most {@code maxLength} characters; answered stripped. */
    static String text(String value, String field, int maxLength) {
        if (value == null || value.isBlank()) {
            throw invalid(field, field + " must not be blank");
        }
        return optionalText(value, field, maxLength);
    }

    /** An optional text: null or blank becomes null; otherwise at most {@code maxLength} characters. */
    static String optionalText(String value, String field, int maxLength) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String stripped = value.strip();
        if (stripped.length() > maxLength) {
            throw invalid(field, field + " must be at most " + maxLength + " characters");
        }
        requireStorable(stripped, field);
        return stripped;
    }

    /**
     * PostgreSQL cannot store U+0000 in a text column, so one such event would stop its view for
     * every partnership; and an unpaired surrogate has no UTF-8 form, so no RFC 8785 tool could
     * re-hash the event. Both are refused here, before any event is recorded.
     */
    private static void requireStorable(String value, String field) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '\u0000') {
                throw invalid(field, field + " must not contain the NUL character (U+0000)");
            }
            if (Character.isSurrogate(c)) {
                boolean pair = Character.isHighSurrogate(c) && i + 1 < value.length()
                        && Character.isLowSurrogate(value.charAt(i + 1));
                if (!pair) {
                    throw invalid(field, field + " must be valid Unicode: it has an unpaired surrogate at " + i);
                }
                i++;
            }
        }
    }

    /** A user name as the server's authentication names users, such as a coordinator to appoint. */
    static String user(String value, String field) {
        return text(value, field, NAME_LENGTH);
    }

    /** User names, each checked as {@link #user}, the same one listed twice kept once; null is none. */
    static List<String> users(List<String> values, String field) {
        if (values == null) {
            return List.of();
        }
        Set<String> users = new LinkedHashSet<>();
        for (int i = 0; i < values.size(); i++) {
            users.add(user(values.get(i), field + "[" + i + "]"));
        }
        return List.copyOf(users);
    }

    /** Decimal places of a quorum: plenty for any electorate, and a number every store and view can hold. */
    static final int QUORUM_DECIMALS = 6;

    /** The quorum is a fraction of the electorate in (0, 1]. */
    static BigDecimal quorum(BigDecimal quorum, String field) {
        present(quorum, field);
        if (quorum.signum() <= 0 || quorum.compareTo(BigDecimal.ONE) > 0) {
            throw invalid(field, field + " must be greater than 0 and at most 1, was " + quorum.toPlainString());
        }
        // An unbounded scale (1E-20000) would pass the range check yet overflow PostgreSQL's numeric.
        if (quorum.stripTrailingZeros().scale() > QUORUM_DECIMALS) {
            throw invalid(field, field + " must have at most " + QUORUM_DECIMALS + " decimal places");
        }
        return quorum;
    }

    static RuleViolation invalid(String field, String detail) {
        return new RuleViolation(ErrorCode.INVALID_VALUE, field, detail);
    }
}
