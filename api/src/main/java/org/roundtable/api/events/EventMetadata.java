package org.roundtable.api.events;

/**
 * The key of what every event carries in its metadata besides its payload, shared by the server,
 * which writes it, and the reads that take it from the event store. The keys of the audit hash chain,
 * stored beside it, belong to the chain's own module ({@code org.roundtable.audit.ChainMetadata}).
 */
public final class EventMetadata {

    /** The user on whose behalf the event was recorded. */
    public static final String ACTOR = "actor";

    private EventMetadata() {}
}
