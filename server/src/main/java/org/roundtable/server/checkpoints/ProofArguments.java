package org.roundtable.server.checkpoints;

import org.roundtable.api.ErrorCode;
import org.roundtable.api.RuleViolation;
import org.roundtable.audit.tlog.Checkpoint;
import org.roundtable.audit.tlog.SignedNote;

/** The rules of the proofs' and cosignatures' input, each refusal naming its field (400 INVALID_VALUE). */
public final class ProofArguments {

    /** The query parameters and the body the refusals name. */
    public static final String SEQUENCE = "sequence";

    public static final String TREE_SIZE = "treeSize";
    public static final String FROM = "from";
    public static final String TO = "to";
    public static final String NOTE = "note";

    private ProofArguments() {}

    /** {@code value} of {@code field} lies in [{@code least}, {@code most}]. */
    static void requireWithin(String field, long value, long least, long most) {
        if (value < least || value > most) {
            throw new RuleViolation(
                    ErrorCode.INVALID_VALUE,
                    field,
                    "%s must be from %d to %d (the events stored), was %d".formatted(field, least, most, value));
        }
    }

    /** The posted text as a signed note. */
    static SignedNote note(String text) {
        try {
            return SignedNote.parse(text);
        } catch (IllegalArgumentException e) {
            throw new RuleViolation(ErrorCode.INVALID_VALUE, NOTE, "Not a signed note: " + e.getMessage());
        }
    }

    /** The note's body as a checkpoint. */
    static Checkpoint checkpoint(SignedNote note) {
        try {
            return Checkpoint.parse(note.text());
        } catch (IllegalArgumentException e) {
            throw new RuleViolation(ErrorCode.INVALID_VALUE, NOTE, "Not a checkpoint: " + e.getMessage());
        }
    }
}
