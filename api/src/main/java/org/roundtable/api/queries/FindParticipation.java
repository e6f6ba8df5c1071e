package org.roundtable.api.queries;

import org.roundtable.api.PartnershipId;

/** Asks for a partnership's participation report (SPEC section 4); answers an optional {@link ParticipationReport}. */
public record FindParticipation(PartnershipId partnershipId) {}
