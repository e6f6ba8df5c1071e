package org.roundtable.api.commands;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.roundtable.api.PartnershipId;
import org.roundtable.api.ProposalId;

/** Closes a proposal and decides its outcome; answers a {@link ProposalClosure}. */
public record CloseProposal(@TargetAggregateIdentifier PartnershipId partnershipId, ProposalId proposalId) {}
