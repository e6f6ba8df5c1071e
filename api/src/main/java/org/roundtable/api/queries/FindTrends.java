package org.roundtable.api.queries;

import org.roundtable.api.PartnershipId;

/** Asks for a partnership's figures per (loop, phase), oldest first; answers an optional {@link Trends}. */
public record FindTrends(PartnershipId partnershipId) {}
