package org.roundtable.api.events;

import org.roundtable.api.*;

/** A partner organisation joined the partnership. */
public record PartnerAdmitted(PartnershipId partnershipId, PartnerId partnerId, String name, Sector sector) {
}
