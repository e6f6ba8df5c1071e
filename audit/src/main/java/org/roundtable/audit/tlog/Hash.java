package org.roundtable.audit.tlog;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;

/**
 * A SHA-256 hash in a log's Merkle tree (RFC 9162 section 2.1.1): a leaf hash, a node hash or a root. Leaf and
 * node hashes are domain-separated by a first byte, 0x00 or 0x01, so that no leaf can pass for a node.
 */
public final class Hash {

    /** The length of every hash, in bytes. */
    public static final int SIZE = 32;

    private static final byte LEAF_PREFIX = 0x00;
    private static final byte NODE_PREFIX = 0x01;

    /** The root of the empty tree: SHA-256 of nothing. */
    public static final Hash EMPTY_TREE = new Hash(sha256().digest());

    private final byte[] bytes;

    private Hash(byte[] bytes) {
        this.bytes = bytes;
    }

    /** The hash of these 32 bytes; refuses any other length, so that a proof cannot carry a short hash. */
    public static Hash of(byte[] bytes) {
        if (bytes.length != SIZE) {
            throw new IllegalArgumentException("a hash has %d bytes, not %d".formatted(SIZE, bytes.length));
        }
        return new Hash(bytes.clone());
    }

    /** Reads 64 hex digits. */
    public static Hash fromHex(String hex) {
        try {
            return of(HexFormat.of().parseHex(hex));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("not a hash in hex: " + hex, e);
        }
    }

    /** Reads the standard, padded base64 of 32 bytes, as checkpoints and proofs carry it. */
    public static Hash fromBase64(String base64) {
        return of(Base64s.decode(base64));
    }

    /** MTH({d}) = SHA-256(0x00 ‖ d): the hash of a leaf whose input is {@code leafInput}. */
    public static Hash leaf(byte[] leafInput) {
        MessageDigest sha256 = sha256();
        sha256.update(LEAF_PREFIX);
        return new Hash(sha256.digest(leafInput));
    }

    /** SHA-256(0x01 ‖ left ‖ right): the hash of the node over two subtrees. */
    public static Hash node(Hash left, Hash right) {
        MessageDigest sha256 = sha256();
        sha256.update(NODE_PREFIX);
        sha256.update(left.bytes);
        return new Hash(sha256.digest(right.bytes));
    }

    /** A copy of the 32 bytes. */
    public byte[] bytes() {
        return bytes.clone();
    }

    public String hex() {
        return HexFormat.of().formatHex(bytes);
    }

    public String base64() {
        return Base64.getEncoder().encodeToString(bytes);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Hash hash && MessageDigest.isEqual(bytes, hash.bytes);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(bytes);
    }

    /** The base64 form, as the checkpoints and the proofs show it. */
    @Override
    public String toString() {
        return base64();
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }
}
