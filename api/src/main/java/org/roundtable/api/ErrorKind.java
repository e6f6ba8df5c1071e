package org.roundtable.api;

/** The broad class of a refusal, which the HTTP layer maps to a status code. */
public enum ErrorKind {
    /** The input breaks a rule on its own, whatever the state: HTTP 400. */
    INVALID,
    /** The request names no authenticated user, or one whose credentials are wrong: HTTP 401. */
    UNAUTHENTICATED,
    /**
     * The user may see the partnership but not do this in it: HTTP 403. A user who may not see the
     * partnership at all is answered NOT_FOUND instead, so that its existence does not leak.
     */
    FORBIDDEN,
    /** The input names something that does not exist: HTTP 404. */
    NOT_FOUND,
    /** The input is well formed but a rule refuses it in the current state: HTTP 409. */
    CONFLICT,
    /** The request is well formed but contradicts an earlier request it claims to repeat: HTTP 422. */
    UNPROCESSABLE,
    /** The request is sound but cannot be answered yet; the same request later can be: HTTP 503. */
    UNAVAILABLE
}
