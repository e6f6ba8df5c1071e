package org.roundtable.audit.tlog;

import java.util.Collection;
import java.util.List;

/**
 * Witnesses' cosignatures of a checkpoint (SPEC section 11): a witness that checked a checkpoint's consistency with
 * the last one it accepted signs the same note text with its own Ed25519 key, an ordinary signature line.
 */
public final class Cosignatures {

    private Cosignatures() {}

    /**
     * The signatures of registered witnesses on a note posted back to the log, once checked: the note must carry
     * exactly the text of a checkpoint the log issued, and every signature line by a registered witness key must
     * verify. Other lines, the log's own among them, are ignored.
     *
     * @return the witnesses' verified signatures, to serve with the checkpoint
     * @throws NoteVerificationException when the text is not the issued checkpoint's, a witness's signature does
     *     not verify, or no registered witness signed
     */
    public static List<NoteSignature> verify(SignedNote posted, Checkpoint issued, Collection<NoteVerifier> witnesses) {
        if (!posted.text().equals(issued.text())) {
            throw new NoteVerificationException("the note's text is not that of the checkpoint of %s at size %d"
                    .formatted(issued.origin(), issued.size()));
        }
        try {
            return posted.verify(witnesses);
        } catch (NoteVerificationException e) {
            throw new NoteVerificationException("no cosignature accepted: " + e.getMessage());
        }
    }
}
