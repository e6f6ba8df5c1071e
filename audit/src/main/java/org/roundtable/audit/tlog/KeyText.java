package org.roundtable.audit.tlog;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;

/**
 * The shared tail of signed-note key texts, {@code <name>+<hex key id>+<base64(type ‖ key)>}, and the rules on key
 * names and ids (c2sp.org/signed-note).
 *
 * @param name  the key name
 * @param keyId the key id its text claims
 * @param key   the key bytes after the type byte
 */
record KeyText(String name, int keyId, byte[] key) {

    /** Signature type 0x01: Ed25519, the only one Roundtable signs or verifies with. */
    static final byte ED25519 = 0x01;

    /**
     * Reads a key text of an Ed25519 key. The base64 may itself hold '+', so the text is cut at its first two only.
     *
     * @throws IllegalArgumentException when the text is not one, or names another key type
     */
    static KeyText parse(String text) {
        String[] parts = text.split("\\+", 3);
        if (parts.length != 3 || !isValidName(parts[0]) || !parts[1].matches("[0-9a-fA-F]{8}")) {
            throw new IllegalArgumentException("not a key text <name>+<8 hex digits>+<base64>: " + text);
        }
        byte[] typed = Base64s.decode(parts[2]);
        if (typed.length == 0 || typed[0] != ED25519) {
            throw new IllegalArgumentException("not an Ed25519 key (signature type 0x01): " + text);
        }
        if (typed.length != 1 + Ed25519.KEY_SIZE) {
            throw new IllegalArgumentException("an Ed25519 key has %d bytes: %s".formatted(Ed25519.KEY_SIZE, text));
        }
        byte[] key = new byte[Ed25519.KEY_SIZE];
        System.arraycopy(typed, 1, key, 0, key.length);
        return new KeyText(parts[0], HexFormat.fromHexDigits(parts[1]), key);
    }

    /** {@code <name>+<key id>+<base64(0x01 ‖ key)>}. */
    static String format(String name, int keyId, byte[] key) {
        return name + "+" + hex(keyId) + "+" + Base64s.encode(typed(key));
    }

    /** The first four bytes of SHA-256(name ‖ 0x0A ‖ 0x01 ‖ public key), big-endian. */
    static int keyId(String name, byte[] publicKey) {
        MessageDigest sha256 = Hash.sha256();
        sha256.update(name.getBytes(StandardCharsets.UTF_8));
        sha256.update((byte) '\n');
        return ByteBuffer.wrap(sha256.digest(typed(publicKey))).getInt();
    }

    /** A key name is non-empty and has neither a Unicode space nor a plus. */
    static boolean isValidName(String name) {
        return !name.isEmpty()
                && name.codePoints()
                        .noneMatch(c -> c == '+'
                                || Character.isWhitespace(c)
                                || Character.isSpaceChar(c)
                                || c == 0x85
                                || Character.isISOControl(c)
                                || Character.isSurrogate((char) c));
    }

    static String hex(int keyId) {
        return HexFormat.of().toHexDigits(keyId);
    }

    private static byte[] typed(byte[] key) {
        byte[] typed = new byte[1 + key.length];
        typed[0] = ED25519;
        System.arraycopy(key, 0, typed, 1, key.length);
        return typed;
    }
}
