package org.roundtable.api;

/** The part of society a partner organisation comes from. */
public enum Sector {
    PUBLIC,
    PRIVATE,
    NON_PROFIT,
    CIVIL_SOCIETY,
    /** Education and research. */
    KNOWLEDGE,
    /** Affected people and beneficiaries' representatives. */
    COMMUNITY
}
