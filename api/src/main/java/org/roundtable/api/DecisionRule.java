package org.roundtable.api;

import java.math.BigDecimal;

/**
 * How a partnership decides: the method, the quorum (a fraction in (0, 1] of the electorate
 * that must vote) and whether every sector of the electorate must have voted.
 */
public record DecisionRule(DecisionMethod method, BigDecimal quorum, boolean requireEverySector) {

    /** The quorum when none is given. */
    public static final BigDecimal DEFAULT_QUORUM = new BigDecimal("0.5");
}
