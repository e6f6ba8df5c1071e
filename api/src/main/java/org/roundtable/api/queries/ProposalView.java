package org.roundtable.api.queries;

import jakarta.annotation.Nullable;
import java.time.Instant;
import java.util.List;
import org.roundtable.api.Evidence;
import org.roundtable.api.IndicatorDefinition;
import org.roundtable.api.Outcome;
import org.roundtable.api.PartnerId;
import org.roundtable.api.Phase;
import org.roundtable.api.ProposalId;
import org.roundtable.api.ProposalKind;
import org.roundtable.api.ProposalStatus;
import org.roundtable.api.ScalingGate;
import org.roundtable.api.Tally;

/**
 * A proposal with its running (or final) tally and the latest vote of each partner; {@code indicator} what
 * an INDICATOR proposal defines, {@code evidence} the indicators it cites as the voters saw them, and
 * {@code gate} the scaling gate recorded when a PHASE_CHANGE to SCALE closed (null otherwise).
 */
public record ProposalView(
        ProposalId id,
        PartnerId partnerId,
        ProposalKind kind,
        String title,
        String text,
        @Nullable Phase targetPhase,
        ProposalStatus status,
        @Nullable Outcome outcome,
        Tally tally,
        List<VoteView> votes,
        Instant submittedAt,
        @Nullable Instant closedAt,
        @Nullable IndicatorDefinition indicator,
        List<Evidence> evidence,
        @Nullable ScalingGate gate) {}
