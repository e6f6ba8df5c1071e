package org.roundtable.api.queries;

import org.roundtable.api.PartnershipId;

/** Asks which roles a user holds in a partnership; answers a {@link PartnershipRoles}. */
public record FindRoles(PartnershipId partnershipId, String user) {}
