package org.roundtable.api.queries;

import org.roundtable.api.PartnershipId;

/** Asks for the proposals still open to the vote; answers an optional {@link Agenda}, empty for an unknown partnership. */
public record FindAgenda(PartnershipId partnershipId) {}
