package org.roundtable.api;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;
import java.util.UUID;

/** Identifies a partner's pledge of resources. */
public record PledgeId(@JsonValue UUID value) {

    @JsonCreator
    public PledgeId {
        Objects.requireNonNull(value, "pledgeId");
    }

    public static PledgeId random() {
        return new PledgeId(UUID.randomUUID());
    }

    /** Parses the UUID string form; also what Jackson uses for map keys. */
    public static PledgeId valueOf(String value) {
        return new PledgeId(UUID.fromString(value));
    }

    /** The bare UUID, because Axon uses it as the aggregate or entity identifier. */
    @Override
    public String toString() {
        return value.toString();
    }
}
