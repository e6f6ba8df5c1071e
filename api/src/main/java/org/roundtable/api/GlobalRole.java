package org.roundtable.api;

/**
 * A role a user holds across every partnership, granted by the server's configuration or the OIDC
 * provider rather than by an appointment. Neither lets its holder act for a partner.
 */
public enum GlobalRole {
    /** Sees and reads every partnership, rebuilds the views, and may appoint coordinators (for recovery). */
    ADMIN,
    /** Reads every partnership and writes nothing. */
    AUDITOR
}
