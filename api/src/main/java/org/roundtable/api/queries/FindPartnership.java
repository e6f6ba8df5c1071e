package org.roundtable.api.queries;

import java.time.Instant;
import java.util.List;
import org.roundtable.api.*;

/** Asks for a partnership as it stands now; answers an optional {@link PartnershipView}. */
public record FindPartnership(PartnershipId partnershipId) {
}
