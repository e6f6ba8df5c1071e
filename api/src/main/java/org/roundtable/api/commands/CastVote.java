package org.roundtable.api.commands;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.roundtable.api.PartnerId;
import org.roundtable.api.PartnershipId;
import org.roundtable.api.ProposalId;
import org.roundtable.api.VoteChoice;

/** Casts or changes a partner's vote on an open proposal; {@code rationale} is optional. */
public record CastVote(
        @TargetAggregateIdentifier PartnershipId partnershipId,
        ProposalId proposalId,
        PartnerId partnerId,
        VoteChoice choice,
        String rationale) {}
