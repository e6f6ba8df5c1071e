package org.roundtable.api.queries;

import jakarta.annotation.Nullable;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.roundtable.api.IndicatorDefinition;
import org.roundtable.api.IndicatorId;
import org.roundtable.api.LatestMeasurement;

/**
 * An adopted indicator as it stands: its definition, when it was adopted, its {@link LatestMeasurement}
 * and that value's {@link IndicatorDefinition#progress} (both null until it is measured), how many
 * measurements it has and how many partners recorded them.
 */
public record IndicatorView(
        IndicatorId indicatorId,
        String name,
        String unit,
        BigDecimal baseline,
        BigDecimal target,
        Instant adoptedAt,
        @Nullable LatestMeasurement latest,
        @Nullable Double progress,
        int measurements,
        int contributors) {

    /** The same indicator with the history of its measurements, as one indicator is shown. */
    public IndicatorDetail with(List<MeasurementView> history) {
        return new IndicatorDetail(
                indicatorId,
                name,
                unit,
                baseline,
                target,
                adoptedAt,
                latest,
                progress,
                measurements,
                contributors,
                history);
    }
}
