package org.roundtable.api.queries;

import jakarta.annotation.Nullable;
import java.math.BigDecimal;
import java.time.Instant;
import org.roundtable.api.MeasurementId;
import org.roundtable.api.PartnerId;
import org.roundtable.api.Phase;

/**
 * One measurement of an indicator: {@code value} as observed at {@code observedAt} by a partner, from its
 * optional {@code source}; {@code loop} and {@code phase} the segment in force when it was recorded.
 */
public record MeasurementView(
        MeasurementId measurementId,
        BigDecimal value,
        Instant observedAt,
        PartnerId partnerId,
        @Nullable String source,
        int loop,
        Phase phase,
        Instant recordedAt) {}
