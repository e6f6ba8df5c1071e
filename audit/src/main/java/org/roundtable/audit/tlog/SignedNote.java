package org.roundtable.audit.tlog;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A signed note (c2sp.org/signed-note): a text ending in a newline, a blank line, then one or more signature lines.
 * The text means nothing until {@link #verify} has found a signature by a trusted key that verifies.
 *
 * @param text       the signed text, with its final newline
 * @param signatures its signature lines, each once, in their order
 */
public record SignedNote(String text, List<NoteSignature> signatures) {

    /**
     * Signatures a note may carry: the spec asks for at least 16; more than Go's limit of 100 is a note built to
     * make a verifier spend time.
     */
    public static final int MAX_SIGNATURES = 100;

    /** Characters a note may have: 100 post-quantum signatures of nearly 5 kB each, and a text to spare. */
    public static final int MAX_LENGTH = 1 << 20;

    public SignedNote {
        requireNoteText(text);
        signatures = List.copyOf(new LinkedHashSet<>(signatures));
        if (signatures.isEmpty() || signatures.size() > MAX_SIGNATURES) {
            throw new IllegalArgumentException(
                    "a signed note has 1 to %d signatures, not %d".formatted(MAX_SIGNATURES, signatures.size()));
        }
    }

    /** The note of {@code text} signed by {@code signer}. */
    public static SignedNote sign(String text, NoteSigner signer) {
        return new SignedNote(text, List.of(signer.sign(text)));
    }

    /**
     * Reads a note from bytes, which must be UTF-8: a byte sequence that is not UTF-8 is refused, not replaced.
     *
     * @throws IllegalArgumentException when it is not a well-formed signed note
     */
    public static SignedNote parse(byte[] note) {
        if (note.length > MAX_LENGTH) {
            throw malformed("longer than %d bytes".formatted(MAX_LENGTH));
        }
        try {
            return parse(StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(note))
                    .toString());
        } catch (CharacterCodingException e) {
            throw malformed("not UTF-8");
        }
    }

    /**
     * Reads a note: the text is all up to the last blank line, and every line after it must be a signature line.
     * Lines repeated exactly are kept once.
     *
     * @throws IllegalArgumentException when it is not a well-formed signed note
     */
    public static SignedNote parse(String note) {
        if (note.length() > MAX_LENGTH) {
            throw malformed("longer than %d characters".formatted(MAX_LENGTH));
        }
        requireNoteCharacters(note);
        int split = note.lastIndexOf("\n\n");
        if (split < 0) {
            throw malformed("no blank line between its text and its signatures");
        }
        String lines = note.substring(split + 2);
        if (lines.isEmpty() || !lines.endsWith("\n")) {
            throw malformed("its signature lines do not end with a newline");
        }
        String[] signatureLines = lines.substring(0, lines.length() - 1).split("\n", -1);
        if (signatureLines.length > MAX_SIGNATURES) {
            throw malformed("more than %d signatures".formatted(MAX_SIGNATURES));
        }
        List<NoteSignature> signatures = new ArrayList<>();
        for (String line : signatureLines) {
            try {
                signatures.add(NoteSignature.parse(line));
            } catch (IllegalArgumentException e) {
                throw malformed(e.getMessage());
            }
        }
        return new SignedNote(note.substring(0, split + 1), signatures);
    }

    /**
     * The signatures by the known keys, each checked. Signatures by unknown keys are ignored, even when they share a
     * known key's name or key id (but not both), as the spec asks; so are the known keys that signed nothing.
     *
     * @return the signatures that verify, at least one
     * @throws NoteVerificationException when a known key's signature does not verify, when two known keys share a
     *     name and key id, or when no known key signed
     */
    public List<NoteSignature> verify(Collection<NoteVerifier> known) {
        Map<String, Set<NoteVerifier>> byKey =
                known.stream().collect(Collectors.groupingBy(NoteVerifier::keyReference, Collectors.toSet()));
        byte[] message = text.getBytes(StandardCharsets.UTF_8);
        List<NoteSignature> verified = new ArrayList<>();
        for (NoteSignature signature : signatures) {
            Set<NoteVerifier> verifiers = byKey.getOrDefault(signature.key(), Set.of());
            if (verifiers.size() > 1) {
                throw new NoteVerificationException("two known keys are " + signature.key());
            }
            for (NoteVerifier verifier : verifiers) {
                if (!verifier.verify(message, signature.signature())) {
                    throw new NoteVerificationException("the signature of " + signature.key() + " does not verify");
                }
                verified.add(signature);
            }
        }
        if (verified.isEmpty()) {
            throw new NoteVerificationException("no known key signed the note");
        }
        return verified;
    }

    /**
     * The same note with more signatures after its own, such as witnesses' cosignatures; a signature by a key that
     * already signed replaces that key's line.
     */
    public SignedNote withSignatures(Collection<NoteSignature> more) {
        Set<String> replaced = more.stream().map(NoteSignature::key).collect(Collectors.toSet());
        List<NoteSignature> all = new ArrayList<>();
        signatures.stream().filter(s -> !replaced.contains(s.key())).forEach(all::add);
        all.addAll(more);
        return new SignedNote(text, all);
    }

    /** The note as it is sent: its text, a blank line, its signature lines. */
    public String format() {
        return text + "\n" + signatures.stream().map(NoteSignature::line).collect(Collectors.joining());
    }

    @Override
    public String toString() {
        return format();
    }

    /**
     * Refuses a text that no note can carry: one that does not end with a newline, or has a control character other
     * than newline or half a surrogate pair (which is no UTF-8).
     */
    static void requireNoteText(String text) {
        if (!text.endsWith("\n")) {
            throw malformed("its text does not end with a newline");
        }
        requireNoteCharacters(text);
    }

    private static void requireNoteCharacters(String note) {
        for (int i = 0; i < note.length(); i++) {
            char c = note.charAt(i);
            if (c < 0x20 && c != '\n') {
                throw malformed("it holds the control character U+%04X".formatted((int) c));
            }
            if (Character.isHighSurrogate(c) && i + 1 < note.length() && Character.isLowSurrogate(note.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                throw malformed("it holds half a surrogate pair, which is not UTF-8");
            }
        }
    }

    private static IllegalArgumentException malformed(String why) {
        return new IllegalArgumentException("malformed note: " + why);
    }
}
