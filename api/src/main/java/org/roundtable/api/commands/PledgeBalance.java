package org.roundtable.api.commands;

import java.math.BigDecimal;

/** A pledge's figures after a delivery or a withdrawal: {@code remaining} = pledged − delivered − withdrawn. */
public record PledgeBalance(BigDecimal pledged, BigDecimal delivered, BigDecimal withdrawn, BigDecimal remaining) {}
