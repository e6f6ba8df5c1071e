package org.roundtable.api.queries;

import jakarta.annotation.Nullable;
import java.time.Instant;
import org.roundtable.api.PartnerId;
import org.roundtable.api.VoteChoice;

/** A partner's latest vote on a proposal. */
public record VoteView(
        PartnerId partnerId, VoteChoice choice, @Nullable String rationale, Instant castAt) {}
