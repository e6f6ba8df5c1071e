package org.roundtable.api.events;

/**
 * The keys of what every event carries in its metadata besides its payload, shared by the server,
 * which writes them, and the reads that take them from the event store.
 */
public final class EventMetadata {

    /** The user on whose behalf the event was recorded. */
    public static final String ACTOR = "actor";

    private EventMetadata() {
    }
}
