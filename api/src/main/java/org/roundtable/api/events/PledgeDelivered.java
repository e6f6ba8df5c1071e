package org.roundtable.api.events;

import java.math.BigDecimal;
import org.roundtable.api.PartnerId;
import org.roundtable.api.PartnershipId;
import org.roundtable.api.PledgeId;
import org.roundtable.api.Sector;

/** Part (or the rest) of a pledge was delivered; {@code partnerId} is the pledging partner. */
public record PledgeDelivered(
        PartnershipId partnershipId,
        PledgeId pledgeId,
        PartnerId partnerId,
        Sector sector,
        BigDecimal amount,
        String unit,
        String note) {}
