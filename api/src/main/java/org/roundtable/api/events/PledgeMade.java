package org.roundtable.api.events;

import java.math.BigDecimal;
import org.roundtable.api.*;

/** A partner pledged resources. */
public record PledgeMade(PartnershipId partnershipId, PledgeId pledgeId, PartnerId partnerId, Sector sector, PledgeKind kind, BigDecimal amount, String unit, String description) {
}
