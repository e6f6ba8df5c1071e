package org.roundtable.api;

import jakarta.annotation.Nullable;
import java.math.BigDecimal;

/**
 * An indicator a proposal cites, as it stood when the proposal was submitted: what the voters saw.
 * {@code value} is its latest measurement ({@link LatestMeasurement}) and {@code progress} that
 * value's {@link IndicatorDefinition#progress}; both null when it had no measurement yet.
 */
public record Evidence(
        IndicatorId indicatorId,
        @Nullable BigDecimal value,
        @Nullable Double progress) {}
