package org.roundtable.audit.tlog;

import java.util.HexFormat;

/**
 * How a partnership's events become the leaves of its tree (SPEC section 11): the event of sequence s is leaf
 * s − 1, and its leaf input is the 32 bytes of its {@code hash}, not the 64 hex characters.
 */
public final class EventLeaf {

    private EventLeaf() {}

    /** The leaf input of the event with this {@code hash} (lowercase hex SHA-256, as its metadata holds it). */
    public static byte[] input(String eventHash) {
        if (eventHash == null || !eventHash.matches("[0-9a-f]{64}")) {
            throw new IllegalArgumentException("an event hash is 64 lowercase hex digits, not " + eventHash);
        }
        return HexFormat.of().parseHex(eventHash);
    }

    /** The leaf index of the event with this sequence. */
    public static long index(long sequence) {
        if (sequence < 1) {
            throw new IllegalArgumentException("sequences start at 1, not " + sequence);
        }
        return sequence - 1;
    }
}
