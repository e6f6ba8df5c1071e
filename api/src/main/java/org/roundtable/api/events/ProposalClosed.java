package org.roundtable.api.events;

import org.roundtable.api.Outcome;
import org.roundtable.api.PartnerId;
import org.roundtable.api.PartnershipId;
import org.roundtable.api.ProposalId;
import org.roundtable.api.ProposalKind;
import org.roundtable.api.ScalingGate;
import org.roundtable.api.Tally;

/**
 * A proposal was closed and decided with the latest votes of its electorate; {@code submittedBy} is its
 * author. {@code gate} is the scaling gate at closing of a PHASE_CHANGE to SCALE, null for every other
 * proposal (and in events stored before the gate existed).
 */
public record ProposalClosed(
        PartnershipId partnershipId,
        ProposalId proposalId,
        PartnerId submittedBy,
        ProposalKind kind,
        Outcome outcome,
        Tally tally,
        ScalingGate gate) {}
