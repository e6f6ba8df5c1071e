package org.roundtable.audit.tlog;

import java.util.Base64;

/** Standard base64 (RFC 4648 section 4) read strictly: padded, and in the one form that encodes its bytes. */
final class Base64s {

    private Base64s() {}

    /**
     * The bytes of {@code text}. The JDK's decoder also takes unpadded text and stray low bits; a signed text must
     * have one encoding only, so what does not encode back to itself is refused.
     */
    static byte[] decode(String text) {
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(text);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("not base64: " + text, e);
        }
        if (!Base64.getEncoder().encodeToString(bytes).equals(text)) {
            throw new IllegalArgumentException("not canonical, padded base64: " + text);
        }
        return bytes;
    }

    static String encode(byte[] bytes) {
        return Base64.getEncoder().encodeToString(bytes);
    }
}
