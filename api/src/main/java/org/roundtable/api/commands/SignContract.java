package org.roundtable.api.commands;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.roundtable.api.PartnerId;
import org.roundtable.api.PartnershipId;

/** Signs the given (current) version of the contract for a partner. */
public record SignContract(
        @TargetAggregateIdentifier PartnershipId partnershipId,
        PartnerId partnerId,
        Integer version,
        String signatory) {}
