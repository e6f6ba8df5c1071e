package org.roundtable.api;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;
import java.util.UUID;

/** Identifies one measurement of an indicator. */
public record MeasurementId(@JsonValue UUID value) {

    @JsonCreator
    public MeasurementId {
        Objects.requireNonNull(value, "measurementId");
    }

    public static MeasurementId random() {
        return new MeasurementId(UUID.randomUUID());
    }

    /** Parses the UUID string form; also what Jackson uses for map keys. */
    public static MeasurementId valueOf(String value) {
        return new MeasurementId(UUID.fromString(value));
    }

    /** The bare UUID, because Axon uses it as the aggregate or entity identifier. */
    @Override
    public String toString() {
        return value.toString();
    }
}
