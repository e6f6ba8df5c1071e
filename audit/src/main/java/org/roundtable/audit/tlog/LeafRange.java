package org.roundtable.audit.tlog;

import java.util.ArrayList;
import java.util.List;

/**
 * The leaves {@code [start, end)} of a log, as RFC 9162's definitions cut them: every range whose hash a root or a
 * proof needs starts at a multiple of the power of two at or above its length. Such a range is a few complete
 * subtrees, each smaller than the one before (one per set bit of its length), and its Merkle tree hash is theirs
 * folded from the right, because the RFC splits a range at the largest power of two below its length, which is
 * exactly its first subtree.
 */
record LeafRange(long start, long end) {

    LeafRange {
        if (start < 0 || end <= start) {
            throw new IllegalArgumentException("no leaves in [%d, %d)".formatted(start, end));
        }
    }

    /** The complete, aligned subtrees that make up the range, largest (leftmost) first: at most 63. */
    List<Subtree> subtrees() {
        List<Subtree> subtrees = new ArrayList<>();
        for (long at = start; at < end; ) {
            int level = 63 - Long.numberOfLeadingZeros(end - at);
            if (at != 0) {
                level = Math.min(level, Long.numberOfTrailingZeros(at));
            }
            subtrees.add(new Subtree(level, at >> level));
            at += 1L << level;
        }
        return subtrees;
    }

    /** MTH of a range from the hashes of its {@link #subtrees()}: node(first, node(second, … last)). */
    static Hash hash(List<Hash> subtreeHashes) {
        Hash hash = subtreeHashes.get(subtreeHashes.size() - 1);
        for (int i = subtreeHashes.size() - 2; i >= 0; i--) {
            hash = Hash.node(subtreeHashes.get(i), hash);
        }
        return hash;
    }

    /** The largest power of two smaller than {@code n}, for {@code n > 1}: where RFC 9162 splits a tree of n leaves. */
    static long split(long n) {
        return Long.highestOneBit(n - 1);
    }
}
