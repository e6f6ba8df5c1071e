package org.roundtable.api;

import java.math.BigDecimal;
import java.time.Instant;
import org.roundtable.api.events.MeasurementRecorded;

/**
 * The measurement of an indicator that counts as its current value: the one with the greatest
 * {@code observedAt}, and on a tie the one recorded last, so that a correction of a reading is recorded
 * with the same instant and wins.
 */
public record LatestMeasurement(BigDecimal value, Instant observedAt, PartnerId partnerId) {

    /** The latest once {@code recorded} is, {@code current} being the latest before it (null when there was none). */
    public static LatestMeasurement after(LatestMeasurement current, MeasurementRecorded recorded) {
        if (current != null && recorded.observedAt().isBefore(current.observedAt())) {
            return current;
        }
        return new LatestMeasurement(recorded.value(), recorded.observedAt(), recorded.partnerId());
    }
}
