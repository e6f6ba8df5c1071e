package org.roundtable.api.events;

/**
 * The keys of what every event carries in its metadata besides its payload, shared by the server,
 * which writes them, and the reads that take them from the event store.
 */
public final class EventMetadata {

    /** The user on whose behalf the event was recorded. */
    public static final String ACTOR = "actor";

    /** The partnership whose stream the event belongs to. */
    public static final String PARTNERSHIP_ID = "partnershipId";

    /** The event's place in its partnership's stream: 1, 2, 3, ... with no gaps. */
    public static final String SEQUENCE = "sequence";

    /** The {@code hash} of the event before it in the stream; 64 zeros for sequence 1. */
    public static final String PREVIOUS_HASH = "previousHash";

    /** The event's link in the audit hash chain (SPEC section 7). */
    public static final String HASH = "hash";

    /** Covers {@code hash} and the rest of the metadata, which the chain's hash leaves out. */
    public static final String META_DATA_HASH = "metaDataHash";

    private EventMetadata() {
    }
}
