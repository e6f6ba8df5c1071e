package org.roundtable.api;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;
import java.util.UUID;

/** Identifies a witness registered for a partnership: a partner's key that cosigns its checkpoints. */
public record WitnessId(@JsonValue UUID value) {

    @JsonCreator
    public WitnessId {
        Objects.requireNonNull(value, "witnessId");
    }

    public static WitnessId random() {
        return new WitnessId(UUID.randomUUID());
    }

    /** Parses the UUID string form; also what Jackson uses for map keys. */
    public static WitnessId valueOf(String value) {
        return new WitnessId(UUID.fromString(value));
    }

    /** The bare UUID, because Axon uses it as the aggregate or entity identifier. */
    @Override
    public String toString() {
        return value.toString();
    }
}
