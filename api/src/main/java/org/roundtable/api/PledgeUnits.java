package org.roundtable.api;

import java.util.List;

/**
 * The units of a pledge that have one spelling: the write side stores any casing of them as written
 * here, so that the reports sum one {@code EUR} (the power balance's resource share counts it) and
 * one {@code HOURS}. Any other unit is free text.
 */
public final class PledgeUnits {

    public static final String EUR = "EUR";
    public static final String HOURS = "HOURS";

    /** Every unit with a canonical spelling. */
    public static final List<String> CANONICAL = List.of(EUR, HOURS);

    private PledgeUnits() {}
}
