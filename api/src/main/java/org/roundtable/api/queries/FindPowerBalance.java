package org.roundtable.api.queries;

import org.roundtable.api.PartnershipId;

/** Asks for a partnership's power-balance report (SPEC section 5); answers an optional {@link PowerBalanceReport}. */
public record FindPowerBalance(PartnershipId partnershipId) {}
