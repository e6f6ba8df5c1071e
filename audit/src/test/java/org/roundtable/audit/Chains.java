package org.roundtable.audit;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;

/** Streams of events chained as the write side chains them, for the tests of what checks them. */
final class Chains {

    private static final ObjectMapper JSON = new ObjectMapper();

    private Chains() {}

    /** The partnership of every stream here. */
    static final String PARTNERSHIP_ID = "c422f166-63c2-4632-a879-d380923a0071";

    /** A stream of {@code length} votes, from sequence 1. */
    static List<StoredEvent> chain(int length) {
        return chain(length, sequence -> "vote " + sequence);
    }

    /**
     * A stream of {@code length} votes with these rationales, chained afresh: another rationale for one vote is a
     * history rewritten whole, which the chain alone cannot tell from the original.
     */
    static List<StoredEvent> chain(int length, IntFunction<String> rationale) {
        List<StoredEvent> events = new ArrayList<>();
        String previousHash = HashChain.GENESIS;
        for (int sequence = 1; sequence <= length; sequence++) {
            String payload = JSON.createObjectNode()
                    .put("rationale", rationale.apply(sequence))
                    .put("choice", "AGREE")
                    .toString();
            String timestamp = "2026-11-22T17:39:%02d.335Z".formatted(sequence);
            String hash = HashChain.eventHash(previousHash, sequence, "VoteCast", timestamp, payload);
            ObjectNode metaData = JSON.createObjectNode()
                    .put("actor", "anonymous")
                    .put(ChainMetadata.PARTNERSHIP_ID, PARTNERSHIP_ID)
                    .put(ChainMetadata.SEQUENCE, sequence)
                    .put(ChainMetadata.PREVIOUS_HASH, previousHash)
                    .put(ChainMetadata.HASH, hash);
            metaData.put(ChainMetadata.META_DATA_HASH, HashChain.metaDataHash(hash, metaData.toString()));
            events.add(new StoredEvent(sequence, "VoteCast", timestamp, payload, metaData.toString()));
            previousHash = hash;
        }
        return events;
    }

    static String hashOf(StoredEvent event) {
        return HashChain.parseObject(event.metaData()).get(ChainMetadata.HASH).textValue();
    }
}
