package org.roundtable.api.commands;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.roundtable.api.DecisionRule;
import org.roundtable.api.PartnershipId;

/** Forms a partnership in the MOBILIZE phase. */
public record FormPartnership(
        @TargetAggregateIdentifier PartnershipId partnershipId,
        String name,
        String purpose,
        DecisionRule decisionRule) {}
