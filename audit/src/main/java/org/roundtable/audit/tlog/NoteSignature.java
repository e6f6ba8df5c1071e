package org.roundtable.audit.tlog;

import java.nio.ByteBuffer;
import java.util.Arrays;

/**
 * One signature line of a signed note, {@code — <key name> <base64(4-byte key id ‖ signature)>}, verified or not.
 *
 * @param name   the key name
 * @param keyId  the key id, the first four bytes of the encoded signature
 * @param base64 the encoded key id and signature, as the line shows them
 */
public record NoteSignature(String name, int keyId, String base64) {

    static final String PREFIX = "\u2014 ";

    public NoteSignature {
        if (!KeyText.isValidName(name)) {
            throw new IllegalArgumentException("a key name is non-empty, without spaces or '+': " + name);
        }
        byte[] bytes = Base64s.decode(base64);
        if (bytes.length < 5 || ByteBuffer.wrap(bytes).getInt() != keyId) {
            throw new IllegalArgumentException(
                    "a signature is its key id %s and at least one byte: %s".formatted(KeyText.hex(keyId), base64));
        }
    }

    static NoteSignature of(String name, int keyId, byte[] signature) {
        byte[] bytes = ByteBuffer.allocate(4 + signature.length)
                .putInt(keyId)
                .put(signature)
                .array();
        return new NoteSignature(name, keyId, Base64s.encode(bytes));
    }

    /**
     * Reads a signature line, without its newline.
     *
     * @throws IllegalArgumentException when it is not one
     */
    static NoteSignature parse(String line) {
        int space = line.indexOf(' ', PREFIX.length());
        if (!line.startsWith(PREFIX) || space < 0) {
            throw new IllegalArgumentException("not a signature line '\u2014 <name> <base64>': " + line);
        }
        String base64 = line.substring(space + 1);
        byte[] bytes = Base64s.decode(base64);
        if (bytes.length < 5) {
            throw new IllegalArgumentException("a signature is its key id and at least one byte: " + line);
        }
        return new NoteSignature(
                line.substring(PREFIX.length(), space), ByteBuffer.wrap(bytes).getInt(), base64);
    }

    /** The signature proper, after the key id. */
    public byte[] signature() {
        byte[] bytes = Base64s.decode(base64);
        return Arrays.copyOfRange(bytes, 4, bytes.length);
    }

    /** The line, with its newline. */
    public String line() {
        return PREFIX + name + " " + base64 + "\n";
    }

    /** The key the line claims, as {@code name+keyid}, for messages. */
    public String key() {
        return name + "+" + KeyText.hex(keyId);
    }
}
