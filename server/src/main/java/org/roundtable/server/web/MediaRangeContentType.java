package org.roundtable.server.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpStatus;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses with 415 a Content-Type that is a range of media types ({@code *}{@code /*},
 * {@code application/*}) rather than one: Spring MVC fails on it with an IllegalArgumentException
 * while it reads the body (spring-framework#27957), which would answer 500.
 */
@Component
class MediaRangeContentType extends OncePerRequestFilter {

    private final ProblemWriter problems;

    MediaRangeContentType(ProblemWriter problems) {
        this.problems = problems;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (isRange(request.getContentType())) {
            problems.write(
                    request,
                    response,
                    HttpStatus.UNSUPPORTED_MEDIA_TYPE,
                    HttpStatus.UNSUPPORTED_MEDIA_TYPE.name(),
                    "Content-Type '%s' is a range of media types; the ".formatted(request.getContentType())
                            + "bodies of this API are application/json");
            return;
        }
        chain.doFilter(request, response);
    }

    private static boolean isRange(String contentType) {
        if (contentType == null) {
            return false;
        }
        try {
            MediaType type = MediaType.parseMediaType(contentType);
            return type.isWildcardType() || type.isWildcardSubtype();
        } catch (InvalidMediaTypeException notAMediaType) {
            // Spring MVC answers 415 for it itself
            return false;
        }
    }
}
