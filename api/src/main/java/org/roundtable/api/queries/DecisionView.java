package org.roundtable.api.queries;

import jakarta.annotation.Nullable;
import java.time.Instant;
import org.roundtable.api.*;

/** A closed proposal with its outcome and final tally. */
public record DecisionView(ProposalId proposalId, PartnerId partnerId, ProposalKind kind, String title,
                           @Nullable Phase targetPhase, Outcome outcome, Tally tally, Instant submittedAt,
                           Instant closedAt) {
}
