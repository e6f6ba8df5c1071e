package org.roundtable.api;

/** The stages of a partnership's life cycle, in their forward order. */
public enum Phase {
    MOBILIZE,
    CO_DEVELOP,
    PILOT_TEST,
    SCALE
}
