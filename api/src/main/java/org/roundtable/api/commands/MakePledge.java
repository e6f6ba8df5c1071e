package org.roundtable.api.commands;

import java.math.BigDecimal;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.roundtable.api.PartnerId;
import org.roundtable.api.PartnershipId;
import org.roundtable.api.PledgeId;
import org.roundtable.api.PledgeKind;

/** Pledges resources of a partner: an amount of a unit ({@code EUR}, {@code HOURS} or free text). */
public record MakePledge(
        @TargetAggregateIdentifier PartnershipId partnershipId,
        PledgeId pledgeId,
        PartnerId partnerId,
        PledgeKind kind,
        BigDecimal amount,
        String unit,
        String description) {}
