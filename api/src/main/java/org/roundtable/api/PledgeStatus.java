package org.roundtable.api;

/** Where a pledge stands: something remains to deliver, all was delivered, or what remained was withdrawn. */
public enum PledgeStatus {
    OPEN,
    FULFILLED,
    WITHDRAWN
}
