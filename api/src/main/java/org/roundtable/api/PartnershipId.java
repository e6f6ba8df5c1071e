package org.roundtable.api;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;
import java.util.UUID;

/** Identifies a partnership; also the identifier of its event stream. */
public record PartnershipId(@JsonValue UUID value) {

    @JsonCreator
    public PartnershipId {
        Objects.requireNonNull(value, "partnershipId");
    }

    public static PartnershipId random() {
        return new PartnershipId(UUID.randomUUID());
    }

    /** Parses the UUID string form; also what Jackson uses for map keys. */
    public static PartnershipId valueOf(String value) {
        return new PartnershipId(UUID.fromString(value));
    }

    /** The bare UUID, because Axon uses it as the aggregate or entity identifier. */
    @Override
    public String toString() {
        return value.toString();
    }
}
