package org.roundtable.api.commands;

import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.roundtable.api.IndicatorDefinition;
import org.roundtable.api.IndicatorId;
import org.roundtable.api.PartnerId;
import org.roundtable.api.PartnershipId;
import org.roundtable.api.Phase;
import org.roundtable.api.ProposalId;
import org.roundtable.api.ProposalKind;

/**
 * Puts a proposal to the vote of the partners active now; {@code targetPhase} only for PHASE_CHANGE,
 * {@code indicator} (optional) only for INDICATOR. {@code evidence} (optional) cites adopted indicators,
 * an indicator cited twice counting once; a PHASE_CHANGE to SCALE must cite at least one.
 */
public record SubmitProposal(
        @TargetAggregateIdentifier PartnershipId partnershipId,
        ProposalId proposalId,
        PartnerId partnerId,
        ProposalKind kind,
        String title,
        String text,
        Phase targetPhase,
        IndicatorDefinition indicator,
        List<IndicatorId> evidence) {}
