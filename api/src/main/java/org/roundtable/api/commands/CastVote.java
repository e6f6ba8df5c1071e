package org.roundtable.api.commands;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.roundtable.api.*;

/** Casts or changes a partner's vote on an open proposal; {@code rationale} is optional. */
public record CastVote(@TargetAggregateIdentifier PartnershipId partnershipId, ProposalId proposalId, PartnerId partnerId, VoteChoice choice, String rationale) {
}
