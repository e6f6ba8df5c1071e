package org.roundtable.api;

/** Whether a proposal still takes votes. */
public enum ProposalStatus {
    OPEN,
    CLOSED
}
