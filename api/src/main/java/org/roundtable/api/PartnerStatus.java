package org.roundtable.api;

/** Whether a partner may still act. */
public enum PartnerStatus {
    ACTIVE,
    WITHDRAWN
}
