package org.roundtable.api.commands;

import java.math.BigDecimal;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.roundtable.api.PartnershipId;
import org.roundtable.api.PledgeId;

/** Records a delivery against a pledge, never more than what remains of it; answers the {@link PledgeBalance}. */
public record RecordDelivery(
        @TargetAggregateIdentifier PartnershipId partnershipId, PledgeId pledgeId, BigDecimal amount, String note) {}
