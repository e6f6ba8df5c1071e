package org.roundtable.api.queries;

import jakarta.annotation.Nullable;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.roundtable.api.IndicatorId;
import org.roundtable.api.LatestMeasurement;

/**
 * One indicator: what {@link IndicatorView} shows, and the {@code history} of its measurements in order of
 * {@code observedAt} (on a tie, in the order they were recorded), so that the last one is the latest.
 */
public record IndicatorDetail(
        IndicatorId indicatorId,
        String name,
        String unit,
        BigDecimal baseline,
        BigDecimal target,
        Instant adoptedAt,
        @Nullable LatestMeasurement latest,
        @Nullable Double progress,
        int measurements,
        int contributors,
        List<MeasurementView> history) {}
