package org.roundtable.audit.tlog;

import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

/**
 * RFC 9162 section 2.1's recursive definitions written out over an explicit list of leaf inputs, D[start:end], with
 * its own SHA-256 and nothing from the code under test: the reference the tree and its proofs are checked against.
 * Hashes are lowercase hex. MTH is memoised by range only so that every size and pair can be checked quickly.
 */
final class NaiveMerkleTree {

    private final List<byte[]> leaves;
    private final Map<List<Integer>, String> mth = new HashMap<>();

    NaiveMerkleTree(List<byte[]> leaves) {
        this.leaves = leaves;
    }

    /** MTH(D[start:end]). */
    String mth(int start, int end) {
        List<Integer> range = List.of(start, end);
        String known = mth.get(range);
        if (known != null) {
            return known;
        }
        int n = end - start;
        String hash;
        if (n == 0) {
            hash = sha256(new byte[0]);
        } else if (n == 1) {
            hash = sha256(concat(new byte[] {0x00}, leaves.get(start)));
        } else {
            int k = largestPowerOfTwoBelow(n);
            hash = sha256(concat(new byte[] {0x01}, hex(mth(start, start + k)), hex(mth(start + k, end))));
        }
        mth.put(range, hash);
        return hash;
    }

    /** PATH(m, D[start:end]), m counted from start. */
    List<String> path(int m, int start, int end) {
        int n = end - start;
        if (n == 1) {
            return new ArrayList<>();
        }
        int k = largestPowerOfTwoBelow(n);
        List<String> path;
        if (m < k) {
            path = path(m, start, start + k);
            path.add(mth(start + k, end));
        } else {
            path = path(m - k, start + k, end);
            path.add(mth(start, start + k));
        }
        return path;
    }

    /** PROOF(m, D[0:n]) = SUBPROOF(m, D[0:n], true). */
    List<String> proof(int m, int n) {
        return subproof(m, 0, n, true);
    }

    private List<String> subproof(int m, int start, int end, boolean b) {
        int n = end - start;
        if (m == n) {
            List<String> proof = new ArrayList<>();
            if (!b) {
                proof.add(mth(start, end));
            }
            return proof;
        }
        int k = largestPowerOfTwoBelow(n);
        List<String> proof;
        if (m <= k) {
            proof = subproof(m, start, start + k, b);
            proof.add(mth(start + k, end));
        } else {
            proof = subproof(m - k, start + k, end, false);
            proof.add(mth(start, start + k));
        }
        return proof;
    }

    private static int largestPowerOfTwoBelow(int n) {
        int k = 1;
        while (k * 2 < n) {
            k *= 2;
        }
        return k;
    }

    private static byte[] concat(byte[]... parts) {
        int length = 0;
        for (byte[] part : parts) {
            length += part.length;
        }
        byte[] all = new byte[length];
        int at = 0;
        for (byte[] part : parts) {
            System.arraycopy(part, 0, all, at, part.length);
            at += part.length;
        }
        return all;
    }

    private static byte[] hex(String hex) {
        return HexFormat.of().parseHex(hex);
    }

    static String sha256(byte[] input) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(input));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
