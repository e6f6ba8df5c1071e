package org.roundtable.api;

/** What a proposal asks the partnership to decide. */
public enum ProposalKind {
    OBJECTIVE,
    TARGET,
    INDICATOR,
    /** Moves the partnership to the proposal's {@code targetPhase} when adopted. */
    PHASE_CHANGE,
    GO_NO_GO,
    OTHER
}
