package org.roundtable.api.events;

import org.roundtable.api.*;

/** A partner withdrew; it can no longer act and its history stays. */
public record PartnerWithdrawn(PartnershipId partnershipId, PartnerId partnerId, Sector sector, String reason) {
}
