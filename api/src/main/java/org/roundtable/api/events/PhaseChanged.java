package org.roundtable.api.events;

import org.roundtable.api.*;

/** An adopted PHASE_CHANGE proposal moved the partnership to another phase. */
public record PhaseChanged(PartnershipId partnershipId, ProposalId proposalId, Phase from, Phase to) {
}
