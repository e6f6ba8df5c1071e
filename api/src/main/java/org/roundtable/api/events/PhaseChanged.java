package org.roundtable.api.events;

import org.roundtable.api.PartnershipId;
import org.roundtable.api.Phase;
import org.roundtable.api.ProposalId;
import org.roundtable.api.Segment;

/**
 * An adopted PHASE_CHANGE proposal moved the partnership to another phase. {@code loop} is the loop in
 * force after the move (SCALE → CO_DEVELOP starts the next one); it reads as 0 in events stored before
 * loops were recorded, which {@link Segment#after} derives instead.
 */
public record PhaseChanged(PartnershipId partnershipId, ProposalId proposalId, Phase from, Phase to, int loop) {}
