package org.roundtable.audit.tlog;

import java.util.List;

/**
 * The proof that a leaf is in a tree (RFC 9162 section 2.1.3): the hashes of the subtrees beside the path from the
 * leaf up to the root, the leaf's sibling first.
 *
 * @param leafIndex the leaf's index, from 0 (sequence − 1 in Roundtable)
 * @param treeSize  the size of the tree whose root the proof leads to
 * @param hashes    the audit path
 */
public record InclusionProof(long leafIndex, long treeSize, List<Hash> hashes) {

    public InclusionProof {
        hashes = List.copyOf(hashes);
    }

    /**
     * Whether the path leads from the leaf with {@code leafHash} to {@code rootHash}: RFC 9162 section 2.1.3.2, step
     * by step, which also refuses a path that is too short or too long for the leaf's place.
     */
    public boolean verifies(Hash leafHash, Hash rootHash) {
        if (leafIndex < 0 || leafIndex >= treeSize) {
            return false;
        }
        long fn = leafIndex;
        long sn = treeSize - 1;
        Hash r = leafHash;
        for (Hash p : hashes) {
            if (sn == 0) {
                return false;
            }
            if ((fn & 1) == 1 || fn == sn) {
                r = Hash.node(p, r);
                while ((fn & 1) == 0 && fn != 0) {
                    fn >>= 1;
                    sn >>= 1;
                }
            } else {
                r = Hash.node(r, p);
            }
            fn >>= 1;
            sn >>= 1;
        }
        return sn == 0 && r.equals(rootHash);
    }
}
