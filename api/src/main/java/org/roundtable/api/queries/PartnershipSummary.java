package org.roundtable.api.queries;

import java.time.Instant;
import org.roundtable.api.*;

/** A partnership as listed in a page. */
public record PartnershipSummary(PartnershipId id, String name, Phase phase, int activePartners, Instant formedAt) {
}
