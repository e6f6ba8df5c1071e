package org.roundtable.query.access;

/** A role held in a partnership by appointment, as the access view stores it. */
enum Role {
    COORDINATOR,
    AUDITOR,
    /** Of one partner, named beside it. */
    REPRESENTATIVE
}
