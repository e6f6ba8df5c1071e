package org.roundtable.api;

/** How a closed proposal was decided. */
public enum Outcome {
    ADOPTED,
    REJECTED,
    BLOCKED,
    NO_QUORUM
}
