package org.roundtable.api.events;

import org.roundtable.api.PartnershipId;

/** A user became a coordinator of the partnership; the user who formed it is its first. */
public record CoordinatorAppointed(PartnershipId partnershipId, String user) {}
