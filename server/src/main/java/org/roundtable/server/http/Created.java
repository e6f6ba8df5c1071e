package org.roundtable.server.http;

import java.net.URI;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** The body of a 201 answer: the id the server chose for what the request created. */
public record Created(UUID id) {

    /** 201 with {@code {"id": ...}} and a Location made of {@code path} (a URI template) and its variables. */
    public static ResponseEntity<Created> at(UUID id, String path, Object... variables) {
        URI location = ServletUriComponentsBuilder.fromCurrentContextPath()
                .path(path)
                .buildAndExpand(variables)
                .toUri();
        return ResponseEntity.created(location).body(new Created(id));
    }
}
