package org.roundtable.audit.tlog;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A transparency-log checkpoint (c2sp.org/tlog-checkpoint): the text of a signed note that states a log's root hash
 * at a tree size, {@code <origin>\n<size>\n<base64 root>\n} and optional extension lines.
 *
 * @param origin     the log's identity; in Roundtable {@code <configured prefix>/<partnershipId>}
 * @param size       the tree size, the number of events covered
 * @param rootHash   the root of the tree of that size
 * @param extensions opaque, non-empty extension lines; none in Roundtable's
 */
public record Checkpoint(String origin, long size, Hash rootHash, List<String> extensions) {

    public Checkpoint {
        if (origin.isEmpty() || origin.contains("\n")) {
            throw new IllegalArgumentException("a checkpoint's origin is one non-empty line");
        }
        if (size < 0) {
            throw new IllegalArgumentException("a tree has no negative size: " + size);
        }
        extensions = List.copyOf(extensions);
        if (extensions.stream().anyMatch(line -> line.isEmpty() || line.contains("\n"))) {
            throw new IllegalArgumentException("a checkpoint's extensions are non-empty lines");
        }
    }

    /** A checkpoint without extension lines. */
    public Checkpoint(String origin, long size, Hash rootHash) {
        this(origin, size, rootHash, List.of());
    }

    /**
     * The origin of a partnership's log: the deployment's prefix, a slash and its id. The prefix must be usable as a
     * key name too (no spaces or '+'), since the spec would have a log's key named like its origin.
     */
    public static String origin(String prefix, String partnershipId) {
        String origin = prefix + "/" + partnershipId;
        if (!KeyText.isValidName(origin)) {
            throw new IllegalArgumentException("an origin has neither spaces nor '+': " + origin);
        }
        return origin;
    }

    /**
     * Reads a checkpoint from a note's text.
     *
     * @throws IllegalArgumentException when it is not one: fewer than three lines, an empty line, a size that is not
     *     a decimal without leading zeros, or a root that is not the base64 of 32 bytes
     */
    public static Checkpoint parse(String text) {
        if (!text.endsWith("\n")) {
            throw new IllegalArgumentException("a checkpoint ends with a newline");
        }
        List<String> lines = Arrays.asList(text.substring(0, text.length() - 1).split("\n", -1));
        if (lines.size() < 3 || lines.contains("")) {
            throw new IllegalArgumentException("a checkpoint is at least three non-empty lines");
        }
        if (!lines.get(1).matches("0|[1-9][0-9]{0,18}")) {
            throw new IllegalArgumentException("a checkpoint's size is a decimal number: " + lines.get(1));
        }
        long size;
        try {
            size = Long.parseLong(lines.get(1));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("a checkpoint's size is too large: " + lines.get(1));
        }
        return new Checkpoint(lines.get(0), size, Hash.fromBase64(lines.get(2)), lines.subList(3, lines.size()));
    }

    /**
     * Reads the checkpoint of a note signed by the log's key.
     *
     * @throws NoteVerificationException when the log's key did not sign it
     * @throws IllegalArgumentException  when its text is no checkpoint
     */
    public static Checkpoint open(SignedNote note, NoteVerifier logKey) {
        note.verify(List.of(logKey));
        return parse(note.text());
    }

    /** The note text: origin, size and root on lines of their own, then the extension lines. */
    public String text() {
        List<String> lines = new ArrayList<>(List.of(origin, Long.toString(size), rootHash.base64()));
        lines.addAll(extensions);
        return String.join("\n", lines) + "\n";
    }

    /** The checkpoint signed by the log's key. */
    public SignedNote sign(NoteSigner logKey) {
        return SignedNote.sign(text(), logKey);
    }
}
