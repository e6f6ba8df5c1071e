package org.roundtable.server.support;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;

/**
 * Witness keys for the end-to-end tests: a fresh Ed25519 key pair each, written as the C2SP signed-note
 * verifier key {@code name+keyid+base64(0x01‖public key)} that a partner registers its witness with.
 */
public final class WitnessKeys {

    /** An X.509 SubjectPublicKeyInfo of Ed25519 ends with the 32 bytes of the key itself. */
    private static final int PUBLIC_KEY_BYTES = 32;

    private WitnessKeys() {}

    /** The verifier key of a new Ed25519 key pair, under {@code keyName}. */
    public static String fresh(String keyName) {
        try {
            byte[] encoded = KeyPairGenerator.getInstance("Ed25519")
                    .generateKeyPair()
                    .getPublic()
                    .getEncoded();
            byte[] data = ByteBuffer.allocate(1 + PUBLIC_KEY_BYTES)
                    .put((byte) 0x01)
                    .put(Arrays.copyOfRange(encoded, encoded.length - PUBLIC_KEY_BYTES, encoded.length))
                    .array();
            byte[] name = keyName.getBytes(StandardCharsets.UTF_8);
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(ByteBuffer.allocate(name.length + 1 + data.length)
                            .put(name)
                            .put((byte) '\n')
                            .put(data)
                            .array());
            return keyName + "+" + HexFormat.of().formatHex(digest, 0, 4) + "+"
                    + Base64.getEncoder().encodeToString(data);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Every Java runtime has Ed25519 and SHA-256", e);
        }
    }
}
