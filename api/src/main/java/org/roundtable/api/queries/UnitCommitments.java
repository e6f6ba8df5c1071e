package org.roundtable.api.queries;

import java.math.BigDecimal;

/** Pledged, delivered and withdrawn in one unit; {@code fulfilment} = delivered / (pledged − withdrawn), 0 when nothing is left pledged. */
public record UnitCommitments(
        String unit, BigDecimal pledged, BigDecimal delivered, BigDecimal withdrawn, double fulfilment) {}
