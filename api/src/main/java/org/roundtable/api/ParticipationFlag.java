package org.roundtable.api;

/** What the participation report flags about one partner's share of the voice (SPEC section 4). */
public enum ParticipationFlag {
    /** voiceShare below half the equal share. */
    SILENT,
    /** voiceShare above twice the equal share, among three or more partners. */
    DOMINANT
}
