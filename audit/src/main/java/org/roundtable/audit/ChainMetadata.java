package org.roundtable.audit;

/** The keys of an event's links in the chain, which its metadata holds beside the actor. */
public final class ChainMetadata {

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

    private ChainMetadata() {}
}
