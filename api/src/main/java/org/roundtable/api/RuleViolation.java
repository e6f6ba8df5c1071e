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

    public ErrorCode code() {
        return code;
    }

    public String field() {
        return field;
    }
}
