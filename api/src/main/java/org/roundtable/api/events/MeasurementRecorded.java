package org.roundtable.api.events;

import java.math.BigDecimal;
import java.time.Instant;
import org.roundtable.api.IndicatorId;
import org.roundtable.api.MeasurementId;
import org.roundtable.api.PartnerId;
import org.roundtable.api.PartnershipId;
import org.roundtable.api.Sector;

/** A partner measured an adopted indicator: {@code value} as it stood at {@code observedAt}, from an optional {@code source}. */
public record MeasurementRecorded(
        PartnershipId partnershipId,
        IndicatorId indicatorId,
        MeasurementId measurementId,
        PartnerId partnerId,
        Sector sector,
        BigDecimal value,
        Instant observedAt,
        String source) {}
