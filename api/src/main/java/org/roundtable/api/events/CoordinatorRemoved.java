package org.roundtable.api.events;

import org.roundtable.api.PartnershipId;

/** A user stopped being a coordinator of the partnership. */
public record CoordinatorRemoved(PartnershipId partnershipId, String user) {}
