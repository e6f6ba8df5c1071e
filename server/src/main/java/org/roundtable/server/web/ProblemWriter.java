package org.roundtable.server.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import org.roundtable.api.ErrorCode;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;

/**
 * Writes an RFC 9457 problem straight to a servlet response, for the refusals made before a request
 * reaches a controller (and so {@link ProblemDetailAdvice}): a body too large, a missing login, a
 * role the user lacks, an identity provider out of reach. The problem has the same shape as the
 * advice's: a {@code code} and the {@code instance}.
 */
@Component
public class ProblemWriter {

    private final ObjectMapper json;

    ProblemWriter(ObjectMapper json) {
        this.json = json;
    }

    public void write(
            HttpServletRequest request, HttpServletResponse response, HttpStatus status, String code, String detail)
            throws IOException {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setProperty(ProblemDetailAdvice.CODE, code);
        problem.setInstance(instance(request));
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        json.writeValue(response.getOutputStream(), problem);
    }

    /** The refusal {@code code}: the status of its kind, and Retry-After as the advice gives it. */
    public void write(HttpServletRequest request, HttpServletResponse response, ErrorCode code, String detail)
            throws IOException {
        ProblemDetailAdvice.retryAfter(code)
                .forEach((name, values) -> values.forEach(value -> response.addHeader(name, value)));
        write(request, response, Refusal.status(code.kind()), code.name(), detail);
    }

    /** The path the problem is about; none when the client sent one that is not a URI, which a refusal may be about. */
    static URI instance(HttpServletRequest request) {
        try {
            return URI.create(request.getRequestURI());
        } catch (IllegalArgumentException notAUri) {
            return null;
        }
    }
}
