package org.roundtable.api.queries;

import java.time.Instant;
import org.roundtable.api.PartnershipId;
import org.roundtable.api.Phase;

/** A partnership as listed in a page. */
public record PartnershipSummary(PartnershipId id, String name, Phase phase, int activePartners, Instant formedAt) {}
