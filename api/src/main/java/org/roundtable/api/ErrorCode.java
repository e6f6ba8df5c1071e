package org.roundtable.api;

/** Every reason the server can refuse a request, each with its kind. */
public enum ErrorCode {
    INVALID_VALUE(ErrorKind.INVALID),
    PARTNERSHIP_NOT_FOUND(ErrorKind.NOT_FOUND),
    PARTNER_NOT_FOUND(ErrorKind.NOT_FOUND),
    PROPOSAL_NOT_FOUND(ErrorKind.NOT_FOUND),
    LESSON_NOT_FOUND(ErrorKind.NOT_FOUND),
    MEETING_NOT_FOUND(ErrorKind.NOT_FOUND),
    PLEDGE_NOT_FOUND(ErrorKind.NOT_FOUND),
    /** An indicator that does not exist, or not yet: its INDICATOR proposal is open, or was not adopted. */
    INDICATOR_NOT_FOUND(ErrorKind.NOT_FOUND),
    /** A witness not registered for the partnership. */
    WITNESS_NOT_FOUND(ErrorKind.NOT_FOUND),
    /** A sequence beyond the partnership's stored events, asked for its receipt. */
    EVENT_NOT_FOUND(ErrorKind.NOT_FOUND),
    /** A (loop, phase) the partnership has not been in, asked of a report over one segment. */
    SEGMENT_NOT_FOUND(ErrorKind.NOT_FOUND),
    /** Removing a user who is not a coordinator of the partnership. */
    COORDINATOR_NOT_FOUND(ErrorKind.NOT_FOUND),
    /** Removing a user who is not an appointed auditor of the partnership. */
    AUDITOR_NOT_FOUND(ErrorKind.NOT_FOUND),
    /** No credentials, or wrong ones: every request but health and the API description needs a user. */
    UNAUTHENTICATED(ErrorKind.UNAUTHENTICATED),
    /** An act that only the partnership's coordinators may do. */
    COORDINATORS_ONLY(ErrorKind.FORBIDDEN),
    /** An act for a partner by a user who does not represent it: only its representatives act for it. */
    NOT_REPRESENTATIVE(ErrorKind.FORBIDDEN),
    /** A write by a holder of the global AUDITOR role, who reads everything and writes nothing. */
    AUDITORS_WRITE_NOTHING(ErrorKind.FORBIDDEN),
    /** Reserved to holders of the global ADMIN role, such as rebuilding the views. */
    ADMINS_ONLY(ErrorKind.FORBIDDEN),
    /** A cosignature of a checkpoint body the server never signed: a witness may only vouch for what was issued. */
    CHECKPOINT_NOT_ISSUED(ErrorKind.CONFLICT),
    /** A cosignature none of whose signature lines verifies with a witness key registered for the partnership. */
    COSIGNATURE_NOT_VERIFIED(ErrorKind.FORBIDDEN),
    PARTNER_NAME_TAKEN(ErrorKind.CONFLICT),
    /** A witness key (its name and key id) already registered for the partnership. */
    WITNESS_KEY_TAKEN(ErrorKind.CONFLICT),
    PARTNER_NOT_ACTIVE(ErrorKind.CONFLICT),
    PHASE_MOVE_NOT_ALLOWED(ErrorKind.CONFLICT),
    NOT_IN_ELECTORATE(ErrorKind.CONFLICT),
    PROPOSAL_CLOSED(ErrorKind.CONFLICT),
    NO_CONTRACT_DRAFTED(ErrorKind.CONFLICT),
    CONTRACT_VERSION_NOT_CURRENT(ErrorKind.CONFLICT),
    CONTRACT_ALREADY_SIGNED(ErrorKind.CONFLICT),
    /** Removing the last coordinator would leave a partnership that nobody can manage. */
    LAST_COORDINATOR(ErrorKind.CONFLICT),
    /** Attendance of a meeting recorded before the partner joined: it was not held for that partner. */
    JOINED_AFTER_MEETING(ErrorKind.CONFLICT),
    /** A contribution from a partner not recorded as attending the meeting. */
    NOT_ATTENDING(ErrorKind.CONFLICT),
    /** A delivery larger than what remains of the pledge. */
    DELIVERY_EXCEEDS_PLEDGE(ErrorKind.CONFLICT),
    /** A delivery or withdrawal against a pledge that was withdrawn. */
    PLEDGE_WITHDRAWN(ErrorKind.CONFLICT),
    /** A withdrawal of a pledge of which nothing remains: all of it was delivered. */
    PLEDGE_FULFILLED(ErrorKind.CONFLICT),
    /** Another request changed the partnership at the same moment; trying again is safe. */
    CONCURRENT_MODIFICATION(ErrorKind.CONFLICT),
    /**
     * An {@code Idempotency-Key} already used by the same user, within its retention, for a request with
     * another method, path or body: the key names that first request, so this one is not carried out.
     */
    IDEMPOTENCY_KEY_REUSED(ErrorKind.UNPROCESSABLE),
    /** A read asked for a view that shows a given write, and the view has not caught up with it in time. */
    VIEW_BEHIND(ErrorKind.UNAVAILABLE),
    /** The database cannot be reached or is restarting; nothing of the request was recorded. */
    DATABASE_UNAVAILABLE(ErrorKind.UNAVAILABLE),
    /** The OIDC provider cannot be reached, so no bearer token can be checked; HTTP Basic still works. */
    IDENTITY_PROVIDER_UNAVAILABLE(ErrorKind.UNAVAILABLE),
    /**
     * The acts queued on the partnership ahead of this one, or the server's other acts in progress, did not
     * finish in time (the database is slow or down); nothing of the request was recorded.
     */
    PARTNERSHIP_BUSY(ErrorKind.UNAVAILABLE),
    /**
     * The connection to the database broke while the act was being committed, and the database could not
     * be asked since whether it was stored: it may have been. A retry with the same {@code Idempotency-Key}
     * is safe (it is carried out at most once); without one, read the partnership before sending it again.
     */
    OUTCOME_UNKNOWN(ErrorKind.UNAVAILABLE);

    private final ErrorKind kind;

    ErrorCode(ErrorKind kind) {
        this.kind = kind;
    }

    public ErrorKind kind() {
        return kind;
    }
}
