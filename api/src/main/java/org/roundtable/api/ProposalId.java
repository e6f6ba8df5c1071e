package org.roundtable.api;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;
import java.util.UUID;

/** Identifies a proposal put to a vote. */
public record ProposalId(@JsonValue UUID value) {

    @JsonCreator
    public ProposalId {
        Objects.requireNonNull(value, "proposalId");
    }

    public static ProposalId random() {
        return new ProposalId(UUID.randomUUID());
    }

    /** Parses the UUID string form; also what Jackson uses for map keys. */
    public static ProposalId valueOf(String value) {
        return new ProposalId(UUID.fromString(value));
    }

    /** The bare UUID, because Axon uses it as the aggregate or entity identifier. */
    @Override
    public String toString() {
        return value.toString();
    }
}
