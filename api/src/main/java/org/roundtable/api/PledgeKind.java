package org.roundtable.api;

/** What a partner pledges. */
public enum PledgeKind {
    FUNDING,
    STAFF_TIME,
    IN_KIND,
    EXPERTISE,
    DATA
}
