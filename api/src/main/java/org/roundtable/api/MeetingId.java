package org.roundtable.api;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;
import java.util.UUID;

/** Identifies a meeting of the forum. */
public record MeetingId(@JsonValue UUID value) {

    @JsonCreator
    public MeetingId {
        Objects.requireNonNull(value, "meetingId");
    }

    public static MeetingId random() {
        return new MeetingId(UUID.randomUUID());
    }

    /** Parses the UUID string form; also what Jackson uses for map keys. */
    public static MeetingId valueOf(String value) {
        return new MeetingId(UUID.fromString(value));
    }

    /** The bare UUID, because Axon uses it as the aggregate or entity identifier. */
    @Override
    public String toString() {
        return value.toString();
    }
}
