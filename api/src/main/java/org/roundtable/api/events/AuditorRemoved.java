package org.roundtable.api.events;

import org.roundtable.api.PartnershipId;

/** A user stopped being an auditor of the partnership. */
public record AuditorRemoved(PartnershipId partnershipId, String user) {}
