package org.roundtable.server.write;

import java.util.UUID;
import org.roundtable.server.http.Created;
import org.springframework.http.ResponseEntity;

/**
 * The result of a write and the partnership's stream sequence after it, which every write answers in
 * the {@value #SEQUENCE_HEADER} header; a read given it as {@code minSequence} shows the write.
 */
public record Written<R>(R result, long sequence) {

    public static final String SEQUENCE_HEADER = "Roundtable-Sequence";

    /** 200 with the result as the body. */
    public ResponseEntity<R> ok() {
        return withSequence(ResponseEntity.ok(result));
    }

    /** 204: the write has nothing to answer but its sequence. */
    public ResponseEntity<Void> noContent() {
        return withSequence(ResponseEntity.noContent().build());
    }

    /** 201 for a write that created {@code id}, located at {@code path} (a URI template) and its variables. */
    public ResponseEntity<Created> created(UUID id, String path, Object... variables) {
        return withSequence(Created.at(id, path, variables));
    }

    private <T> ResponseEntity<T> withSequence(ResponseEntity<T> response) {
        return ResponseEntity.status(response.getStatusCode())
                .headers(response.getHeaders())
                .header(SEQUENCE_HEADER, Long.toString(sequence))
                .body(response.getBody());
    }
}
