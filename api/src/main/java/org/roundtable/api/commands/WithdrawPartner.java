package org.roundtable.api.commands;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.roundtable.api.PartnerId;
import org.roundtable.api.PartnershipId;

/** Withdraws a partner: it can no longer act, its history stays. */
public record WithdrawPartner(
        @TargetAggregateIdentifier PartnershipId partnershipId, PartnerId partnerId, String reason) {}
