package org.roundtable.audit.tlog;

import java.util.ArrayList;
import java.util.List;

/**
 * The proof that a tree of {@code fromSize} leaves is a prefix of the tree of {@code toSize} (RFC 9162 section
 * 2.1.4): that the later history only appended to the earlier one.
 *
 * @param fromSize the size of the earlier tree
 * @param toSize   the size of the later tree
 * @param hashes   the consistency path
 */
public record ConsistencyProof(long fromSize, long toSize, List<Hash> hashes) {

    public ConsistencyProof {
        hashes = List.copyOf(hashes);
    }

    /**
     * Whether the path shows that the tree with root {@code fromRoot} is a prefix of the tree with root
     * {@code toRoot}: RFC 9162 section 2.1.4.2 step by step for {@code 0 < fromSize < toSize}; the same size needs
     * the same root and an empty path, and the empty tree, its own root and an empty path.
     */
    public boolean verifies(Hash fromRoot, Hash toRoot) {
        if (fromSize < 0 || fromSize > toSize) {
            return false;
        }
        if (fromSize == toSize) {
            return hashes.isEmpty() && fromRoot.equals(toRoot);
        }
        if (fromSize == 0) {
            return hashes.isEmpty() && fromRoot.equals(Hash.EMPTY_TREE);
        }
        if (hashes.isEmpty()) {
            return false;
        }
        List<Hash> path = new ArrayList<>(hashes);
        if (Long.bitCount(fromSize) == 1) {
            path.add(0, fromRoot);
        }
        long fn = fromSize - 1;
        long sn = toSize - 1;
        while ((fn & 1) == 1) {
            fn >>= 1;
            sn >>= 1;
        }
        Hash fr = path.get(0);
        Hash sr = path.get(0);
        for (Hash c : path.subList(1, path.size())) {
            if (sn == 0) {
                return false;
            }
            if ((fn & 1) == 1 || fn == sn) {
                fr = Hash.node(c, fr);
                sr = Hash.node(c, sr);
                while ((fn & 1) == 0 && fn != 0) {
                    fn >>= 1;
                    sn >>= 1;
                }
            } else {
                sr = Hash.node(sr, c);
            }
            fn >>= 1;
            sn >>= 1;
        }
        return fr.equals(fromRoot) && sr.equals(toRoot) && sn == 0;
    }
}
