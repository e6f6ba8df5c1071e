package org.roundtable.audit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Re-checks a partnership's hash chain one stored event at a time, in stream order, in constant memory,
 * and remembers the first event that breaks it: a sequence missing or out of place, metadata that
 * names another place or partnership, a link to a previous hash that is not the previous event's, a
 * hash that does not match the event, or a metaDataHash that does not match its metadata.
 */
public final class ChainVerifier {

    private long checked;
    private String previousHash = HashChain.GENESIS;
    private String partnershipId;

    /** A verifier of an export, which learns the partnership from its first event. */
    public ChainVerifier() {
        this(null);
    }

    /**
     * A verifier of the stream stored for {@code partnershipId}: its events must name that
     * partnership, so that rows of one partnership's chain moved under another's id do not pass.
     */
    public ChainVerifier(String partnershipId) {
        this.partnershipId = partnershipId;
    }

    private Long firstInvalidSequence;
    private String reason;

    /**
     * Checks the next event of the stream. Answers whether the chain is still intact, so that a reader
     * can stop at the first break; events given after it are ignored.
     */
    public boolean check(StoredEvent event) {
        if (firstInvalidSequence != null) {
            return false;
        }
        long expected = ++checked;
        String problem = problemWith(event, expected);
        if (problem != null) {
            firstInvalidSequence = expected;
            reason = problem;
            return false;
        }
        return true;
    }

    /** The partnership the stream belongs to: given, or learnt from its first event; null before any. */
    String partnershipId() {
        return partnershipId;
    }

    public AuditResult result() {
        return new AuditResult(
                firstInvalidSequence == null,
                checked,
                firstInvalidSequence,
                reason,
                HashChain.GENESIS.equals(previousHash) ? null : previousHash);
    }

    /** What breaks the chain at {@code event}, expected at sequence {@code expected}; null when it holds. */
    private String problemWith(StoredEvent event, long expected) {
        if (event.sequence() != expected) {
            return event.sequence() > expected
                    ? "sequence %d is missing: the stream goes on with %d".formatted(expected, event.sequence())
                    : "sequence %d appears again after %d".formatted(event.sequence(), expected - 1);
        }
        ObjectNode metaData;
        try {
            metaData = HashChain.parseObject(event.metaData());
        } catch (IllegalArgumentException e) {
            return "its metadata is not a JSON object";
        }
        JsonNode sequence = metaData.path(ChainMetadata.SEQUENCE);
        if (!sequence.isIntegralNumber() || sequence.asLong() != expected) {
            return "its metadata names sequence %s".formatted(sequence.isMissingNode() ? "none" : sequence);
        }
        String partnership = text(metaData, ChainMetadata.PARTNERSHIP_ID);
        if (partnership == null) {
            return "its metadata names no partnership";
        }
        if (partnershipId == null) {
            partnershipId = partnership;
        } else if (!partnership.equals(partnershipId)) {
            return "its metadata names partnership %s, not %s".formatted(partnership, partnershipId);
        }
        if (!previousHash.equals(text(metaData, ChainMetadata.PREVIOUS_HASH))) {
            return "its previousHash is not the hash of the event before it";
        }
        String hash;
        try {
            hash = HashChain.eventHash(previousHash, expected, event.type(), event.timestamp(), event.payload());
        } catch (IllegalArgumentException e) {
            return "its payload is not JSON";
        }
        if (!hash.equals(text(metaData, ChainMetadata.HASH))) {
            return "its hash does not match its payload, type, timestamp and sequence";
        }
        if (!HashChain.metaDataHash(hash, metaData).equals(text(metaData, ChainMetadata.META_DATA_HASH))) {
            return "its metaDataHash does not match its metadata";
        }
        previousHash = hash;
        return null;
    }

    private static String text(ObjectNode metaData, String key) {
        JsonNode value = metaData.path(key);
        return value.isTextual() ? value.textValue() : null;
    }
}
