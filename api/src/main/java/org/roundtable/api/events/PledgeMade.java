package org.roundtable.api.events;

import java.math.BigDecimal;
import org.roundtable.api.PartnerId;
import org.roundtable.api.PartnershipId;
import org.roundtable.api.PledgeId;
import org.roundtable.api.PledgeKind;
import org.roundtable.api.Sector;

/** A partner pledged resources. */
public record PledgeMade(
        PartnershipId partnershipId,
        PledgeId pledgeId,
        PartnerId partnerId,
        Sector sector,
        PledgeKind kind,
        BigDecimal amount,
        String unit,
        String description) {}
