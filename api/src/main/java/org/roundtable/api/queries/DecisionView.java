package org.roundtable.api.queries;

import jakarta.annotation.Nullable;
import java.time.Instant;
import org.roundtable.api.Outcome;
import org.roundtable.api.PartnerId;
import org.roundtable.api.Phase;
import org.roundtable.api.ProposalId;
import org.roundtable.api.ProposalKind;
import org.roundtable.api.ScalingGate;
import org.roundtable.api.Tally;

/** A closed proposal with its outcome and final tally, and the scaling gate of a PHASE_CHANGE to SCALE (null otherwise). */
public record DecisionView(
        ProposalId proposalId,
        PartnerId partnerId,
        ProposalKind kind,
        String title,
        @Nullable Phase targetPhase,
        Outcome outcome,
        Tally tally,
        Instant submittedAt,
        Instant closedAt,
        @Nullable ScalingGate gate) {}
