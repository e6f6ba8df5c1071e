package org.roundtable.api;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;
import java.util.UUID;

/** Identifies a logged lesson. */
public record LessonId(@JsonValue UUID value) {

    @JsonCreator
    public LessonId {
        Objects.requireNonNull(value, "lessonId");
    }

    public static LessonId random() {
        return new LessonId(UUID.randomUUID());
    }

    /** Parses the UUID string form; also what Jackson uses for map keys. */
    public static LessonId valueOf(String value) {
        return new LessonId(UUID.fromString(value));
    }

    /** The bare UUID, because Axon uses it as the aggregate or entity identifier. */
    @Override
    public String toString() {
        return value.toString();
    }
}
