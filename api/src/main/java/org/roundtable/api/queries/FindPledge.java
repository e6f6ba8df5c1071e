package org.roundtable.api.queries;

import org.roundtable.api.PartnershipId;
import org.roundtable.api.PledgeId;

/** Asks for one pledge; answers an optional {@link PledgeView}. */
public record FindPledge(PartnershipId partnershipId, PledgeId pledgeId) {}
