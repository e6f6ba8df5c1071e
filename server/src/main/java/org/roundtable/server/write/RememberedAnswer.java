package org.roundtable.server.write;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * A write's answer as an idempotency key remembers it: status, Location, stream sequence and the JSON
 * body, byte for byte, so that every repeat of the request gets exactly the first answer.
 */
record RememberedAnswer(int status, String location, long sequence, byte[] body) {

    /** The answer a controller built, with its body written as the HTTP API writes JSON. */
    static RememberedAnswer of(ResponseEntity<?> answer, ObjectMapper json) {
        URI location = answer.getHeaders().getLocation();
        String sequence = answer.getHeaders().getFirst(Written.SEQUENCE_HEADER);
        if (sequence == null) {
            throw new IllegalStateException("Every write answers its sequence");
        }
        try {
            byte[] body = answer.getBody() == null ? null : json.writeValueAsBytes(answer.getBody());
            return new RememberedAnswer(
                    answer.getStatusCode().value(),
                    location == null ? null : location.toString(),
                    Long.parseLong(sequence),
                    body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("The answer of a write is always JSON", e);
        }
    }

    /** The answer as Spring MVC sends it: the body's bytes as they were, not serialised again. */
    ResponseEntity<byte[]> toResponse() {
        HttpHeaders headers = new HttpHeaders();
        if (location != null) {
            headers.setLocation(URI.create(location));
        }
        headers.set(Written.SEQUENCE_HEADER, Long.toString(sequence));
        if (body != null) {
            headers.setContentType(MediaType.APPLICATION_JSON);
        }
        return new ResponseEntity<>(body, headers, HttpStatusCode.valueOf(status));
    }
}
