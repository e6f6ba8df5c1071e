package org.roundtable.api;

import java.util.Objects;

/**
 * Thrown by the write side when a command breaks a rule; no event is recorded.
 * {@code field} names the offending input field, or is null when the rule is about state.
 */
public class RuleViolation extends RuntimeException {

    private final ErrorCode code;
    private final String field;

    public RuleViolation(ErrorCode code, String field, String detail) {
        super(detail);
        this.code = Objects.requireNonNull(code);
        this.field = field;
    }

    public RuleViolation(ErrorCode code, String detail) {
        this(code, null, detail);
    }

    /**
     * The refusal for an unknown {@code what} ("partner"), naming its path parameter ({@code partnerId}).
     * A partnership the user may not see is refused with exactly this too, so that nobody learns
     * whether it exists.
     */
    public static RuleViolation notFound(ErrorCode code, String what) {
        return new RuleViolation(code, what + "Id", "No " + what + " with this id");
    }

    public ErrorCode code() {
        return code;
    }

    public String field() {
        return field;
    }
}
