package org.roundtable.api.commands;

import jakarta.annotation.Nullable;
import org.roundtable.api.Outcome;
import org.roundtable.api.ScalingGate;
import org.roundtable.api.Tally;

/**
 * What closing a proposal decided, answered by {@link CloseProposal}; {@code gate} the scaling gate of a
 * PHASE_CHANGE to SCALE, null for every other proposal.
 */
public record ProposalClosure(
        Outcome outcome, Tally tally, @Nullable ScalingGate gate) {}
