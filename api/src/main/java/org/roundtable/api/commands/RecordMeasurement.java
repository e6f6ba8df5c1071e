package org.roundtable.api.commands;

import java.math.BigDecimal;
import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.roundtable.api.IndicatorId;
import org.roundtable.api.MeasurementId;
import org.roundtable.api.PartnerId;
import org.roundtable.api.PartnershipId;

/**
 * Records a partner's measurement of an adopted indicator: {@code value} as observed at {@code observedAt},
 * which is not after the moment it is recorded; {@code source} (optional) says where it comes from.
 */
public record RecordMeasurement(
        @TargetAggregateIdentifier PartnershipId partnershipId,
        IndicatorId indicatorId,
        MeasurementId measurementId,
        PartnerId partnerId,
        BigDecimal value,
        Instant observedAt,
        String source) {}
