package org.roundtable.api;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;
import java.util.UUID;

/** Identifies a partner organisation within a partnership. */
public record PartnerId(@JsonValue UUID value) {

    @JsonCreator
    public PartnerId {
        Objects.requireNonNull(value, "partnerId");
    }

    public static PartnerId random() {
        return new PartnerId(UUID.randomUUID());
    }

    /** Parses the UUID string form; also what Jackson uses for map keys. */
    public static PartnerId valueOf(String value) {
        return new PartnerId(UUID.fromString(value));
    }

    /** The bare UUID, because Axon uses it as the aggregate or entity identifier. */
    @Override
    public String toString() {
        return value.toString();
    }
}
