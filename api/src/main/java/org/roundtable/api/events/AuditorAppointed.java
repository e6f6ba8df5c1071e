package org.roundtable.api.events;

import org.roundtable.api.PartnershipId;

/** A user was appointed to audit the partnership: to read all of it and write nothing. */
public record AuditorAppointed(PartnershipId partnershipId, String user) {}
