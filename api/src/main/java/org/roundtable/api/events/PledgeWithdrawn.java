package org.roundtable.api.events;

import java.math.BigDecimal;
import org.roundtable.api.PartnerId;
import org.roundtable.api.PartnershipId;
import org.roundtable.api.PledgeId;
import org.roundtable.api.Sector;

/** What remained of a pledge, {@code amount}, was withdrawn; it takes no more deliveries. */
public record PledgeWithdrawn(
        PartnershipId partnershipId,
        PledgeId pledgeId,
        PartnerId partnerId,
        Sector sector,
        BigDecimal amount,
        String unit,
        String reason) {}
