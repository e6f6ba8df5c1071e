package org.roundtable.server.web;

import java.util.Optional;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.roundtable.api.ErrorCode;
import org.roundtable.api.ErrorKind;
import org.roundtable.api.RuleViolation;
import org.roundtable.server.write.TransientFailures;
import org.springframework.http.HttpStatus;

/**
 * What a failed request means to whoever sent it: a refusal by the rules, a lost race, an unreachable
 * database. The API answers it as a problem ({@link ProblemDetailAdvice}), a web page in plain words; a
 * failure that is none of these is a fault of the server.
 */
public record Refusal(HttpStatus status, ErrorCode code, String field, String detail) {

    /**
     * The refusal that {@code failure} stands for, found anywhere in its cause chain because the command and
     * query gateways may wrap it (CommandExecutionException, CompletionException); empty for a fault.
     */
    public static Optional<Refusal> of(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof RuleViolation violation) {
                return Optional.of(of(violation));
            }
            if (cause instanceof AggregateNotFoundException) {
                return Optional.of(of(RuleViolation.notFound(ErrorCode.PARTNERSHIP_NOT_FOUND, "partnership")));
            }
            if (cause instanceof AggregateStreamCreationException) {
                return Optional.of(new Refusal(
                        HttpStatus.CONFLICT,
                        ErrorCode.CONCURRENT_MODIFICATION,
                        null,
                        "The partnership was changed by another request at the same time; try again"));
            }
        }
        // Only once the write's own attempts (ConflictRetries) all lost their race.
        if (TransientFailures.isLostRace(failure)) {
            return Optional.of(new Refusal(
                    HttpStatus.CONFLICT,
                    ErrorCode.CONCURRENT_MODIFICATION,
                    null,
                    "The partnership was changed by other requests at the same time, again and again; try again"));
        }
        if (TransientFailures.isDatabaseOutage(failure)) {
            return Optional.of(new Refusal(
                    HttpStatus.SERVICE_UNAVAILABLE,
                    ErrorCode.DATABASE_UNAVAILABLE,
                    null,
                    "The database is unavailable; try again shortly (with the same Idempotency-Key, a repeated "
                            + "write is recorded at most once)"));
        }
        return Optional.empty();
    }

    /** A refusal by the rules, with the status of its kind. */
    public static Refusal of(RuleViolation violation) {
        return new Refusal(
                status(violation.code().kind()), violation.code(), violation.field(), violation.getMessage());
    }

    static HttpStatus status(ErrorKind kind) {
        return switch (kind) {
            case INVALID -> HttpStatus.BAD_REQUEST;
            case UNAUTHENTICATED -> HttpStatus.UNAUTHORIZED;
            case FORBIDDEN -> HttpStatus.FORBIDDEN;
            case NOT_FOUND -> HttpStatus.NOT_FOUND;
            case CONFLICT -> HttpStatus.CONFLICT;
            case UNPROCESSABLE -> HttpStatus.UNPROCESSABLE_ENTITY;
            case UNAVAILABLE -> HttpStatus.SERVICE_UNAVAILABLE;
        };
    }
}
