package org.roundtable.api;

/** The broad class of a refusal, which the HTTP layer maps to a status code. */
public enum ErrorKind {
    /** The input breaks a rule on its own, whatever the state: HTTP 400. */
    INVALID,
    /** The input names something that does not exist: HTTP 404. */
    NOT_FOUND,
    /** The input is well formed but a rule refuses it in the current state: HTTP 409. */
    CONFLICT,
    /** The request is sound but cannot be answered yet; the same request later can be: HTTP 503. */
    UNAVAILABLE
}
