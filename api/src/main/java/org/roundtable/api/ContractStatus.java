package org.roundtable.api;

/** The state of the partnership contract. */
public enum ContractStatus {
    /** No terms drafted yet. */
    NONE,
    /** Terms drafted, not yet signed by every active partner. */
    DRAFT,
    /** Every active partner has signed the current version. */
    IN_FORCE
}
