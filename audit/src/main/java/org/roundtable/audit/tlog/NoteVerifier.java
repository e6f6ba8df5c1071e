package org.roundtable.audit.tlog;

/**
 * An Ed25519 verifier key of signed notes (c2sp.org/signed-note): {@code <name>+<hex key id>+<base64(0x01 ‖ public
 * key)>}, the text a log serves and a witness registers.
 */
public final class NoteVerifier {

    private final String name;
    private final int keyId;
    private final byte[] publicKey;

    private NoteVerifier(String name, byte[] publicKey) {
        this.name = name;
        this.publicKey = publicKey.clone();
        this.keyId = KeyText.keyId(name, publicKey);
    }

    /**
     * Reads a verifier key text.
     *
     * @throws IllegalArgumentException when it is malformed, of another type than Ed25519, or its key id is not its
     *     key's
     */
    public static NoteVerifier parse(String verifierKey) {
        KeyText text = KeyText.parse(verifierKey);
        NoteVerifier verifier = new NoteVerifier(text.name(), text.key());
        if (verifier.keyId != text.keyId()) {
            throw new IllegalArgumentException(
                    "the key id %s is not that of the key: %s".formatted(KeyText.hex(text.keyId()), verifierKey));
        }
        return verifier;
    }

    /** The verifier of a raw 32-byte Ed25519 public key under a name. */
    static NoteVerifier of(String name, byte[] publicKey) {
        if (!KeyText.isValidName(name)) {
            throw new IllegalArgumentException("a key name is non-empty, without spaces or '+': " + name);
        }
        return new NoteVerifier(name, publicKey);
    }

    public String name() {
        return name;
    }

    /** The key id, which signature lines carry in their first four bytes. */
    public int keyId() {
        return keyId;
    }

    /** Whether {@code signature} is this key's Ed25519 signature of {@code message}. */
    public boolean verify(byte[] message, byte[] signature) {
        return Ed25519.verify(publicKey, message, signature);
    }

    /** {@code name+keyid}, which identifies the key in a signature line (see {@link NoteSignature#key()}). */
    String keyReference() {
        return name + "+" + KeyText.hex(keyId);
    }

    /** The verifier key text. */
    @Override
    public String toString() {
        return KeyText.format(name, keyId, publicKey);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof NoteVerifier verifier && toString().equals(verifier.toString());
    }

    @Override
    public int hashCode() {
        return toString().hashCode();
    }
}
