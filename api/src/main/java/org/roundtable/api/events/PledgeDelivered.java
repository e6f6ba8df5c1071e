package org.roundtable.api.events;

import java.math.BigDecimal;
import org.roundtable.api.*;

/** Part (or the rest) of a pledge was delivered; {@code partnerId} is the pledging partner. */
public record PledgeDelivered(PartnershipId partnershipId, PledgeId pledgeId, PartnerId partnerId, Sector sector, BigDecimal amount, String unit, String note) {
}
