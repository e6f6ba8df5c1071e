package org.roundtable.api.commands;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.roundtable.api.*;

/** Puts a proposal to the vote of the partners active now; {@code targetPhase} only for PHASE_CHANGE. */
public record SubmitProposal(@TargetAggregateIdentifier PartnershipId partnershipId, ProposalId proposalId, PartnerId partnerId, ProposalKind kind, String title, String text, Phase targetPhase) {
}
