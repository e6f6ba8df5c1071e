package org.roundtable.api.queries;

import jakarta.annotation.Nullable;
import java.time.Instant;
import org.roundtable.api.PartnerId;

/** A speaking turn at a meeting. */
public record ContributionView(
        PartnerId partnerId, int seconds, @Nullable String topic, Instant recordedAt) {}
