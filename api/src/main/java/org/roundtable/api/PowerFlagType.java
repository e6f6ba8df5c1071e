package org.roundtable.api;

/** What the power-balance report flags (SPEC section 5). */
public enum PowerFlagType {
    /** One partner authored more than half of all adopted proposals, among three or more partners. */
    AGENDA_CONCENTRATION,
    /** A proposal was adopted although every voter of a sector in its electorate opposed it. */
    SECTOR_OVERRULED,
    /** A partner holds at least half the EUR pledged and at least twice the equal share of the agenda. */
    PURSE_POWER
}
