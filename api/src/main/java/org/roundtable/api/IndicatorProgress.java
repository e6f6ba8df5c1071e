package org.roundtable.api;

import jakarta.annotation.Nullable;

/** An indicator's {@link IndicatorDefinition#progress} at a given moment; null when it had no measurement. */
public record IndicatorProgress(
        IndicatorId indicatorId, @Nullable Double progress) {

    /** Whether the indicator has reached its target: measured, with a progress of 1 or more. */
    public boolean reached() {
        return progress != null && progress >= 1;
    }
}
