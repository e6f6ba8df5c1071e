package org.roundtable.api.queries;

import org.roundtable.api.PartnershipId;

/** Asks for a partnership's closed proposals, oldest first; answers an optional {@link DecisionLog}. */
public record FindDecisions(PartnershipId partnershipId) {}
