package org.roundtable.api;

/** How the votes on a proposal turn into its outcome (SPEC section 2). */
public enum DecisionMethod {
    CONSENSUS,
    CONSENT,
    MAJORITY,
    SUPERMAJORITY
}
