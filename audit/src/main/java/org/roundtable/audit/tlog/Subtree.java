package org.roundtable.audit.tlog;

/**
 * A complete subtree of a log's Merkle tree, aligned on its size: the {@code 2^level} leaves from leaf index
 * {@code index · 2^level}. Level 0 is a single leaf. Every node a proof needs is one of these or is built from a
 * few of them, so they are what a server stores, once each, as its log grows.
 *
 * @param level the height of the subtree, 0 to 62
 * @param index its place among the subtrees of that level, from 0
 */
public record Subtree(int level, long index) {

    public Subtree {
        if (level < 0 || level > 62 || index < 0 || index > Long.MAX_VALUE >> level) {
            throw new IllegalArgumentException("no subtree at level %d, index %d".formatted(level, index));
        }
    }

    /** The index of its first leaf. */
    public long firstLeaf() {
        return index << level;
    }

    /** How many leaves it covers: {@code 2^level}. */
    public long leafCount() {
        return 1L << level;
    }

    /** The index just past its last leaf. */
    public long end() {
        return firstLeaf() + leafCount();
    }
}
