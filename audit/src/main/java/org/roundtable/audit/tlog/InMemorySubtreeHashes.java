package org.roundtable.audit.tlog;

import java.util.ArrayList;
import java.util.List;

/**
 * Every complete subtree hash of a log held in memory, filled as a server's table is: from what
 * {@link CompactRange} reports on each append. For offline checks and tests; a tree of n leaves holds 2n hashes.
 */
public final class InMemorySubtreeHashes implements SubtreeHashes {

    /** The hashes of level l at index i: levels.get(l).get(i). */
    private final List<List<Hash>> levels = new ArrayList<>();

    private final CompactRange range = new CompactRange();

    /** The subtree hashes of the log of these leaf inputs, in their order. */
    public static InMemorySubtreeHashes of(List<byte[]> leafInputs) {
        InMemorySubtreeHashes hashes = new InMemorySubtreeHashes();
        leafInputs.forEach(hashes::append);
        return hashes;
    }

    /** Appends the leaf whose input is {@code leafInput}. */
    public void append(byte[] leafInput) {
        for (SubtreeHash completed : range.append(leafInput)) {
            int level = completed.subtree().level();
            if (level == levels.size()) {
                levels.add(new ArrayList<>());
            }
            levels.get(level).add(completed.hash());
        }
    }

    /** How many leaves the log has. */
    public long size() {
        return range.size();
    }

    /** The tree, for its roots and proofs at any size up to {@link #size()}. */
    public MerkleTree tree() {
        return new MerkleTree(this);
    }

    @Override
    public Hash hashOf(Subtree subtree) {
        if (subtree.level() >= levels.size()
                || subtree.index() >= levels.get(subtree.level()).size()) {
            throw new IllegalArgumentException("%s is not complete in a tree of %d leaves".formatted(subtree, size()));
        }
        return levels.get(subtree.level()).get((int) subtree.index());
    }
}
