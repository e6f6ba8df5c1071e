package org.roundtable.api.events;

import org.roundtable.api.PartnerId;
import org.roundtable.api.PartnershipId;
import org.roundtable.api.Sector;

/** A partner organisation joined the partnership. */
public record PartnerAdmitted(PartnershipId partnershipId, PartnerId partnerId, String name, Sector sector) {}
