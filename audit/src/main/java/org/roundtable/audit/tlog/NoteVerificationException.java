package org.roundtable.audit.tlog;

/** A well-formed signed note that its known keys do not vouch for: a bad signature, or none by a known key. */
public class NoteVerificationException extends RuntimeException {

    public NoteVerificationException(String message) {
        super(message);
    }
}
