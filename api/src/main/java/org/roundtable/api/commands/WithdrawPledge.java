package org.roundtable.api.commands;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.roundtable.api.PartnershipId;
import org.roundtable.api.PledgeId;

/** Withdraws what remains of a pledge; answers the {@link PledgeBalance}. */
public record WithdrawPledge(
        @TargetAggregateIdentifier PartnershipId partnershipId, PledgeId pledgeId, String reason) {}
