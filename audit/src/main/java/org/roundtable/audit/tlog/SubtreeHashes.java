package org.roundtable.audit.tlog;

import java.util.List;

/**
 * A source of the hashes of a log's complete subtrees, from which {@link MerkleTree} computes roots and proofs: a
 * server backs it with a table of the {@link SubtreeHash}es that {@link CompactRange} reports, an offline verifier
 * with {@link InMemorySubtreeHashes}.
 */
public interface SubtreeHashes {

    /**
     * The hash of a complete subtree.
     *
     * @throws IllegalArgumentException when the subtree is not (yet) complete in this log
     */
    Hash hashOf(Subtree subtree);

    /**
     * The hashes of several subtrees, in their order. A proof asks for all the subtrees it needs at once, so that a
     * store can answer with one read: override this to fetch them together.
     */
    default List<Hash> hashesOf(List<Subtree> subtrees) {
        return subtrees.stream().map(this::hashOf).toList();
    }
}
