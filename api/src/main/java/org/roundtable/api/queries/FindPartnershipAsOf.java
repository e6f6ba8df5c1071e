package org.roundtable.api.queries;

import java.time.Instant;
import org.roundtable.api.PartnershipId;

/** Asks for a partnership as it stood at {@code asOf}, from the event store itself (always current: no minSequence); answers an optional {@link PartnershipView}. */
public record FindPartnershipAsOf(PartnershipId partnershipId, Instant asOf) {}
