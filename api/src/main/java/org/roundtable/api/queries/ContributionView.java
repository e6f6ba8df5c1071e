package org.roundtable.api.queries;

import java.time.Instant;
import org.roundtable.api.PartnerId;

/** A speaking turn at a meeting. */
public record ContributionView(PartnerId partnerId, int seconds, String topic, Instant recordedAt) {
}
