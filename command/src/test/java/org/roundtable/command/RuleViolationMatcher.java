package org.roundtable.command;

import org.hamcrest.Description;
import org.hamcrest.Matcher;
import org.hamcrest.TypeSafeMatcher;
import org.roundtable.api.ErrorCode;
import org.roundtable.api.RuleViolation;

/** Matches a {@link RuleViolation} by its error code and field, the parts clients act on. */
final class RuleViolationMatcher extends TypeSafeMatcher<RuleViolation> {

    private final ErrorCode code;
    private final String field;

    private RuleViolationMatcher(ErrorCode code, String field) {
        this.code = code;
        this.field = field;
    }

    static Matcher<RuleViolation> violation(ErrorCode code, String field) {
        return new RuleViolationMatcher(code, field);
    }

    static Matcher<RuleViolation> violation(ErrorCode code) {
        return new RuleViolationMatcher(code, null);
    }

    @Override
    protected boolean matchesSafely(RuleViolation violation) {
        return violation.code() == code && (field == null || field.equals(violation.field()));
    }

    @Override
    public void describeTo(Description description) {
        description.appendText("a RuleViolation " + code + (field == null ? "" : " on field " + field));
    }

    @Override
    protected void describeMismatchSafely(RuleViolation violation, Description description) {
        description.appendText(
                "was " + violation.code() + " on field " + violation.field() + ": " + violation.getMessage());
    }
}
