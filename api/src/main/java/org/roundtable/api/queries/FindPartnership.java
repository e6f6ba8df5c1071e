package org.roundtable.api.queries;

import org.roundtable.api.PartnershipId;

/** Asks for a partnership as it stands now; answers an optional {@link PartnershipView}. */
public record FindPartnership(PartnershipId partnershipId) {}
