package org.roundtable.api.events;

import org.roundtable.api.PartnerId;
import org.roundtable.api.PartnershipId;
import org.roundtable.api.Sector;

/** A partner withdrew; it can no longer act and its history stays. */
public record PartnerWithdrawn(PartnershipId partnershipId, PartnerId partnerId, Sector sector, String reason) {}
