package org.roundtable.api.events;

import org.roundtable.api.DecisionRule;
import org.roundtable.api.PartnershipId;
import org.roundtable.api.Phase;

/** A partnership was formed; it starts in {@code phase} (MOBILIZE). */
public record PartnershipFormed(
        PartnershipId partnershipId, String name, String purpose, DecisionRule decisionRule, Phase phase) {}
