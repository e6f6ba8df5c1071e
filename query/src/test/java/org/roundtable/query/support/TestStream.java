package org.roundtable.query.support;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * A partnership's stream written by hand for the tests of the folds: each command records its events
 * one second apart, the first one second after the last event before it, by the current actor.
 */
public final class TestStream {

    public static final Instant T0 = Instant.parse("2025-03-01T09:00:00Z");

    private final List<RecordedEvent> events = new ArrayList<>();
    private String actor = "coordinator";

    /** The user who acts from now on. */
    public TestStream by(String actor) {
        this.actor = actor;
        return this;
    }

    /** One command's events, committed together. */
    public TestStream record(Object... payloads) {
        String commandId = UUID.randomUUID().toString();
        for (Object payload : payloads) {
            long sequence = events.size() + 1;
            events.add(new RecordedEvent(sequence, at(sequence), actor, commandId, payload));
        }
        return this;
    }

    public List<RecordedEvent> events() {
        return List.copyOf(events);
    }

    /** When the event at {@code sequence} is recorded. */
    public static Instant at(long sequence) {
        return T0.plusSeconds(sequence);
    }
}
