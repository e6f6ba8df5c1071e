package org.roundtable.api.queries;

import java.time.Instant;
import org.roundtable.api.*;

/** A speaking turn at a meeting. */
public record ContributionView(PartnerId partnerId, int seconds, String topic, Instant recordedAt) {
}
