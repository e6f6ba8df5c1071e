package org.roundtable.audit.tlog;

import java.util.ArrayList;
import java.util.List;

/**
 * A log's Merkle tree kept growing by appends in O(log n) memory: the roots of the complete subtrees that cover its
 * leaves, one per set bit of its size, largest first. Each append reports the subtrees it completes, the new leaf
 * and every parent it closes, so that a server can store each subtree hash once, in the transaction of its event,
 * and answer any later proof from those rows alone.
 */
public final class CompactRange {

    private final List<Hash> roots = new ArrayList<>();
    private long size;

    /** The range of the empty tree. */
    public CompactRange() {}

    /** The range of a stored tree of {@code size} leaves, from the hashes of its O(log n) covering subtrees. */
    public static CompactRange resume(long size, SubtreeHashes stored) {
        CompactRange range = new CompactRange();
        if (size > 0) {
            range.roots.addAll(stored.hashesOf(new LeafRange(0, size).subtrees()));
        }
        range.size = size;
        return range;
    }

    /** Appends the leaf whose input is {@code leafInput}; see {@link #appendLeafHash}. */
    public List<SubtreeHash> append(byte[] leafInput) {
        return appendLeafHash(Hash.leaf(leafInput));
    }

    /**
     * Appends a leaf and answers the subtrees that it completes, smallest first: the leaf itself, then one parent
     * for each trailing one bit of the old size, since each of those bits stands for a complete subtree that the
     * new leaf's side now matches.
     */
    public List<SubtreeHash> appendLeafHash(Hash leafHash) {
        List<SubtreeHash> completed = new ArrayList<>();
        long index = size;
        int level = 0;
        Hash hash = leafHash;
        completed.add(new SubtreeHash(new Subtree(level, index), hash));
        while ((index & 1) == 1) {
            hash = Hash.node(roots.remove(roots.size() - 1), hash);
            level++;
            index >>= 1;
            completed.add(new SubtreeHash(new Subtree(level, index), hash));
        }
        roots.add(hash);
        size++;
        return completed;
    }

    /** How many leaves have been appended. */
    public long size() {
        return size;
    }

    /** The root of the tree of every leaf appended so far. */
    public Hash root() {
        return size == 0 ? Hash.EMPTY_TREE : LeafRange.hash(roots);
    }
}
