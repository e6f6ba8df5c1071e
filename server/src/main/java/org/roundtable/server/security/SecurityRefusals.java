package org.roundtable.server.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.roundtable.api.ErrorCode;
import org.roundtable.server.web.ProblemWriter;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;

/**
 * The problem bodies of the refusals Spring Security makes before a controller is reached: 401 for
 * a request without valid credentials (with the schemes the server accepts in WWW-Authenticate),
 * 503 with Retry-After for a bearer token that cannot be checked while the identity provider is out
 * of reach, 403 for a user without the global role a path needs (only the actuator's view rebuild has one).
 */
final class SecurityRefusals implements AuthenticationEntryPoint, AccessDeniedHandler {

    private final ProblemWriter problems;
    private final boolean tokensAccepted;

    SecurityRefusals(ProblemWriter problems, boolean tokensAccepted) {
        this.problems = problems;
        this.tokensAccepted = tokensAccepted;
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException exception)
            throws IOException {
        if (exception instanceof IdentityProvider.Unreachable) {
            problems.write(
                    request,
                    response,
                    ErrorCode.IDENTITY_PROVIDER_UNAVAILABLE,
                    "The identity provider "
                            + "cannot be reached, so no bearer token can be checked now; try again shortly");
            return;
        }
        response.addHeader(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"Roundtable\"");
        if (tokensAccepted) {
            response.addHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer");
        }
        problems.write(
                request,
                response,
                HttpStatus.UNAUTHORIZED,
                ErrorCode.UNAUTHENTICATED.name(),
                "Log in to use Roundtable: the request has no credentials, or wrong ones ("
                        + (tokensAccepted ? "HTTP Basic or a bearer token" : "HTTP Basic") + ")");
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException exception)
            throws IOException {
        problems.write(
                request,
                response,
                HttpStatus.FORBIDDEN,
                ErrorCode.ADMINS_ONLY.name(),
                "Only holders of the global ADMIN role may use " + request.getRequestURI());
    }
}
