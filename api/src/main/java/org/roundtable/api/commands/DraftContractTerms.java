package org.roundtable.api.commands;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.roundtable.api.PartnershipId;

/** Drafts a new version of the contract terms, voiding earlier signatures; answers a {@link ContractVersion}. */
public record DraftContractTerms(@TargetAggregateIdentifier PartnershipId partnershipId, String terms) {}
