package org.roundtable.api.queries;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.roundtable.api.PartnerId;
import org.roundtable.api.PledgeId;
import org.roundtable.api.PledgeKind;
import org.roundtable.api.PledgeStatus;

/** A pledge with its deliveries; {@code remaining} = amount − delivered − withdrawn. */
public record PledgeView(
        PledgeId id,
        PartnerId partnerId,
        PledgeKind kind,
        BigDecimal amount,
        String unit,
        String description,
        BigDecimal delivered,
        BigDecimal withdrawn,
        BigDecimal remaining,
        PledgeStatus status,
        Instant pledgedAt,
        List<DeliveryView> deliveries) {}
