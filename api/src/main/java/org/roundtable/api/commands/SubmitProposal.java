package org.roundtable.api.commands;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.roundtable.api.PartnerId;
import org.roundtable.api.PartnershipId;
import org.roundtable.api.Phase;
import org.roundtable.api.ProposalId;
import org.roundtable.api.ProposalKind;

/** Puts a proposal to the vote of the partners active now; {@code targetPhase} only for PHASE_CHANGE. */
public record SubmitProposal(
        @TargetAggregateIdentifier PartnershipId partnershipId,
        ProposalId proposalId,
        PartnerId partnerId,
        ProposalKind kind,
        String title,
        String text,
        Phase targetPhase) {}
