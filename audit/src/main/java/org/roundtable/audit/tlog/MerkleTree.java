package org.roundtable.audit.tlog;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;

/**
 * A log's Merkle tree (RFC 9162 section 2.1) read through the stored hashes of its complete subtrees: its root and
 * its inclusion and consistency proofs at any size the store covers. A proof first works out which ranges of
 * leaves its hashes cover (arithmetic only), then asks the store for all their subtrees in one call: at most 63
 * complete subtrees and one ragged right edge of at most 63 more, so O(log n) reads.
 */
public final class MerkleTree {

    private final SubtreeHashes store;

    public MerkleTree(SubtreeHashes store) {
        this.store = store;
    }

    /** MTH(D[0:size]), the root of the tree of the first {@code size} leaves. */
    public Hash root(long size) {
        if (size < 0) {
            throw new IllegalArgumentException("a tree has no negative size: " + size);
        }
        return size == 0
                ? Hash.EMPTY_TREE
                : hashesOf(List.of(new LeafRange(0, size))).get(0);
    }

    /** PATH(m, D[n]) (RFC 9162 section 2.1.3.1): the proof that leaf {@code leafIndex} is in the tree of that size. */
    public InclusionProof inclusionProof(long leafIndex, long treeSize) {
        if (leafIndex < 0 || leafIndex >= treeSize) {
            throw new IllegalArgumentException("leaf %d is not in a tree of %d".formatted(leafIndex, treeSize));
        }
        return new InclusionProof(leafIndex, treeSize, hashesOf(inclusionPath(leafIndex, treeSize)));
    }

    /**
     * PROOF(m, D[n]) (RFC 9162 section 2.1.4.1): the proof that the tree of {@code fromSize} leaves is a prefix of
     * the tree of {@code toSize}. Empty when there is nothing to prove: from the empty tree, or to the same size.
     */
    public ConsistencyProof consistencyProof(long fromSize, long toSize) {
        if (fromSize < 0 || fromSize > toSize) {
            throw new IllegalArgumentException("no consistency from size %d to %d".formatted(fromSize, toSize));
        }
        List<LeafRange> path = fromSize == 0 || fromSize == toSize ? List.of() : consistencyPath(fromSize, toSize);
        return new ConsistencyProof(fromSize, toSize, hashesOf(path));
    }

    /**
     * The ranges of PATH(m, D[0:n]), the leaf's sibling first. Walking down from the root, each split leaves the
     * leaf on one side and puts the other side into the path.
     */
    static List<LeafRange> inclusionPath(long m, long n) {
        List<LeafRange> rootFirst = new ArrayList<>();
        long start = 0;
        long end = n;
        while (end - start > 1) {
            long k = LeafRange.split(end - start);
            if (m < start + k) {
                rootFirst.add(new LeafRange(start + k, end));
                end = start + k;
            } else {
                rootFirst.add(new LeafRange(start, start + k));
                start += k;
            }
        }
        Collections.reverse(rootFirst);
        return rootFirst;
    }

    /**
     * The ranges of SUBPROOF(m, D[0:n], true), deepest first. The old tree is [0, m); walking down, a split at or
     * right of m puts the right side (new leaves only) into the proof, a split left of m the left side (old leaves
     * only). The walk ends at the subtree [start, m), which the proof names unless it is the whole old tree (b true).
     */
    static List<LeafRange> consistencyPath(long m, long n) {
        List<LeafRange> rootFirst = new ArrayList<>();
        long start = 0;
        long end = n;
        boolean wholeOldTree = true;
        while (m != end) {
            long k = LeafRange.split(end - start);
            if (m <= start + k) {
                rootFirst.add(new LeafRange(start + k, end));
                end = start + k;
            } else {
                rootFirst.add(new LeafRange(start, start + k));
                start += k;
                wholeOldTree = false;
            }
        }
        if (!wholeOldTree) {
            rootFirst.add(new LeafRange(start, end));
        }
        Collections.reverse(rootFirst);
        return rootFirst;
    }

    /** The Merkle tree hashes of the ranges, from one request to the store for all their subtrees. */
    private List<Hash> hashesOf(List<LeafRange> ranges) {
        List<List<Subtree>> subtrees = ranges.stream().map(LeafRange::subtrees).toList();
        Iterator<Hash> stored =
                store.hashesOf(subtrees.stream().flatMap(List::stream).toList()).iterator();
        List<Hash> hashes = new ArrayList<>(ranges.size());
        for (List<Subtree> range : subtrees) {
            List<Hash> rangeHashes = new ArrayList<>(range.size());
            range.forEach(subtree -> rangeHashes.add(stored.next()));
            hashes.add(LeafRange.hash(rangeHashes));
        }
        return hashes;
    }
}
