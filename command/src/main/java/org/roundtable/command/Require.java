package org.roundtable.command;

import java.math.BigDecimal;
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
        return stripped;
    }

    /** The quorum is a fraction of the electorate in (0, 1]. */
    static BigDecimal quorum(BigDecimal quorum, String field) {
        present(quorum, field);
        if (quorum.signum() <= 0 || quorum.compareTo(BigDecimal.ONE) > 0) {
            throw invalid(field, field + " must be greater than 0 and at most 1, was " + quorum.toPlainString());
        }
        return quorum;
    }

    static RuleViolation invalid(String field, String detail) {
        return new RuleViolation(ErrorCode.INVALID_VALUE, field, detail);
    }
}
