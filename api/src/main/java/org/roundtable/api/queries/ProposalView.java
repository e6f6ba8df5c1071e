package org.roundtable.api.queries;

import jakarta.annotation.Nullable;
import java.time.Instant;
import java.util.List;
import org.roundtable.api.*;

/** A proposal with its running (or final) tally and the latest vote of each partner. */
public record ProposalView(ProposalId id, PartnerId partnerId, ProposalKind kind, String title, String text,
                           @Nullable Phase targetPhase, ProposalStatus status, @Nullable Outcome outcome, Tally tally,
                           List<VoteView> votes, Instant submittedAt, @Nullable Instant closedAt) {
}
