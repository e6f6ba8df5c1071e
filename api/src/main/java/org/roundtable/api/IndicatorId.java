package org.roundtable.api;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;
import java.util.UUID;

/** Identifies an indicator: the id of the INDICATOR proposal whose adoption defined it. */
public record IndicatorId(@JsonValue UUID value) {

    @JsonCreator
    public IndicatorId {
        Objects.requireNonNull(value, "indicatorId");
    }

    /** The indicator that the INDICATOR proposal {@code proposalId} defines when it is adopted. */
    public static IndicatorId of(ProposalId proposalId) {
        return new IndicatorId(proposalId.value());
    }

    public static IndicatorId random() {
        return new IndicatorId(UUID.randomUUID());
    }

    /** Parses the UUID string form; also what Jackson uses for map keys. */
    public static IndicatorId valueOf(String value) {
        return new IndicatorId(UUID.fromString(value));
    }

    /** The bare UUID, because Axon uses it as the aggregate or entity identifier. */
    @Override
    public String toString() {
        return value.toString();
    }
}
