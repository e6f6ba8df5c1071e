package org.roundtable.api.queries;

import org.roundtable.api.PartnershipId;

/** Asks for a partnership's commitment history (SPEC section 6); answers an optional {@link CommitmentsReport}. */
public record FindCommitments(PartnershipId partnershipId) {}
