package org.roundtable.api.events;

import org.roundtable.api.PartnershipId;
import org.roundtable.api.Phase;
import org.roundtable.api.ProposalId;

/** An adopted PHASE_CHANGE proposal moved the partnership to another phase. */
public record PhaseChanged(PartnershipId partnershipId, ProposalId proposalId, Phase from, Phase to) {}
