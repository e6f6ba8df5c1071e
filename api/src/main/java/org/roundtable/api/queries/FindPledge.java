package org.roundtable.api.queries;

import org.roundtable.api.*;

/** Asks for one pledge; answers an optional {@link PledgeView}. */
public record FindPledge(PartnershipId partnershipId, PledgeId pledgeId) {
}
