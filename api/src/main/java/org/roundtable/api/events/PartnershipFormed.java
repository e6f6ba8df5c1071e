package org.roundtable.api.events;

import org.roundtable.api.*;

/** A partnership was formed; it starts in {@code phase} (MOBILIZE). */
public record PartnershipFormed(PartnershipId partnershipId, String name, String purpose, DecisionRule decisionRule, Phase phase) {
}
