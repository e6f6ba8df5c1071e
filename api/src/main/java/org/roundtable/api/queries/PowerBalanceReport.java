package org.roundtable.api.queries;

import java.util.List;

/** Is someone dominating: who sets the agenda, who is overruled, who holds the purse (SPEC section 5). */
public record PowerBalanceReport(double agendaGini, List<PartnerPower> partners, List<PowerFlag> flags) {}
