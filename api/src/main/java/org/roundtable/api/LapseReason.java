package org.roundtable.api;

/** Why a contract that was in force stopped being so. */
public enum LapseReason {
    /** New terms were drafted, voiding the signatures of the version in force. */
    NEW_DRAFT,
    /** A partner joined who has not signed yet. */
    PARTNER_ADMITTED
}
