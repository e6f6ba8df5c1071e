package org.roundtable.audit.tlog;

import java.nio.charset.StandardCharsets;

/**
 * An Ed25519 signer of notes, from its secret signer key text {@code PRIVATE+KEY+<name>+<hex key id>+<base64(0x01 ‖
 * seed)>}, the form of Go's golang.org/x/mod/sumdb/note. The text belongs in a secret store, never in the database.
 */
public final class NoteSigner {

    private static final String PREFIX = "PRIVATE+KEY+";

    private final byte[] seed;
    private final NoteVerifier verifier;

    private NoteSigner(String name, byte[] seed) {
        this.seed = seed.clone();
        this.verifier = NoteVerifier.of(name, Ed25519.publicKeyOf(seed));
    }

    /**
     * Reads a signer key text.
     *
     * @throws IllegalArgumentException when it is malformed, of another type than Ed25519, or its key id is not that
     *     of the public key its seed makes
     */
    public static NoteSigner parse(String signerKey) {
        if (!signerKey.startsWith(PREFIX)) {
            throw new IllegalArgumentException("a signer key text starts with " + PREFIX);
        }
        KeyText text = KeyText.parse(signerKey.substring(PREFIX.length()));
        NoteSigner signer = new NoteSigner(text.name(), text.key());
        if (signer.keyId() != text.keyId()) {
            throw new IllegalArgumentException(
                    "the key id %s is not that of the key".formatted(KeyText.hex(text.keyId())));
        }
        return signer;
    }

    /** A new key pair for a name: a log's origin prefix, or a witness's name. */
    public static NoteSigner generate(String name) {
        if (!KeyText.isValidName(name)) {
            throw new IllegalArgumentException("a key name is non-empty, without spaces or '+': " + name);
        }
        return new NoteSigner(name, Ed25519.newSeed());
    }

    public String name() {
        return verifier.name();
    }

    public int keyId() {
        return verifier.keyId();
    }

    /** The public half, to publish. */
    public NoteVerifier verifier() {
        return verifier;
    }

    /** The secret signer key text, to keep in a secret store. */
    public String signerKey() {
        return PREFIX + KeyText.format(name(), keyId(), seed);
    }

    /**
     * The signature line of this key over a note text.
     *
     * @throws IllegalArgumentException when the text cannot be a note's: see {@link SignedNote}
     */
    public NoteSignature sign(String text) {
        SignedNote.requireNoteText(text);
        return NoteSignature.of(name(), keyId(), Ed25519.sign(seed, text.getBytes(StandardCharsets.UTF_8)));
    }

    /** Names the key, never shows the seed. */
    @Override
    public String toString() {
        return "NoteSigner[" + verifier + "]";
    }
}
