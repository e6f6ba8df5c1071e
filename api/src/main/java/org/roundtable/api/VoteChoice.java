package org.roundtable.api;

/** A partner's stance on a proposal. */
public enum VoteChoice {
    AGREE,
    ABSTAIN,
    DISAGREE,
    BLOCK
}
