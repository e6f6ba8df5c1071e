package org.roundtable.server.web;

import java.net.URI;
import java.util.Optional;
import org.roundtable.api.ErrorCode;
import org.roundtable.api.ErrorKind;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.TypeMismatchException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * Turns every failure into an RFC 9457 problem ({@code application/problem+json}) with a {@code code}
 * property, and a {@code field} property when one input is at fault: a refusal by its kind (400,
 * 403, 404, 409, 422, or 503 with Retry-After when a view lags), a write that lost its race for the
 * partnership every time it was tried as 409, an unreachable database as 503 with Retry-After,
 * unreadable input as 400, Spring MVC's own failures (404 route, 405, 415, ...) as its base class maps
 * them. Only a fault of the server is a 500, and no answer carries a stack trace, an exception message
 * from a library, or SQL.
 */
@RestControllerAdvice
public class ProblemDetailAdvice extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemDetailAdvice.class);

    public static final String CODE = "code";
    public static final String FIELD = "field";

    /** The refusals of {@link Refusal}; anything else is a fault of the server. */
    @ExceptionHandler(Exception.class)
    ResponseEntity<Object> handleRefusalOrFault(Exception exception, WebRequest request) {
        Optional<Refusal> refusal = Refusal.of(exception);
        if (refusal.isPresent()) {
            Refusal refused = refusal.get();
            if (refused.code() == ErrorCode.DATABASE_UNAVAILABLE) {
                log.warn("Request {} found the database unavailable: {}", describe(request), exception.toString());
            }
            return problem(
                    refused.status(),
                    refused.code().name(),
                    refused.field(),
                    refused.detail(),
                    retryAfter(refused.code()),
                    request);
        }
        log.error("Request {} failed", describe(request), exception);
        return problem(
                HttpStatus.INTERNAL_SERVER_ERROR,
                "INTERNAL_ERROR",
                null,
                "The server failed to handle the request; the failure has been logged",
                request);
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(
            HttpMessageNotReadableException exception, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        return invalid(InputProblem.of(exception), request);
    }

    /** A path id that is not a UUID, a page number that is not a number, ... */
    @Override
    protected ResponseEntity<Object> handleTypeMismatch(
            TypeMismatchException exception, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        return invalid(InputProblem.of(exception), request);
    }

    /** A required query parameter left out or left blank, such as {@code asOf=}. */
    @Override
    protected ResponseEntity<Object> handleMissingServletRequestParameter(
            MissingServletRequestParameterException exception,
            HttpHeaders headers,
            HttpStatusCode status,
            WebRequest request) {
        return invalid(InputProblem.of(exception), request);
    }

    /** An unknown route; Spring's own detail speaks of static resources. */
    @Override
    protected ResponseEntity<Object> handleNoResourceFoundException(
            NoResourceFoundException exception, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        return problem(
                HttpStatus.NOT_FOUND,
                HttpStatus.NOT_FOUND.name(),
                null,
                "There is nothing at " + describe(request),
                request);
    }

    /** Every problem answered by the base class gets a {@code code} (its status name) and its {@code instance}. */
    @Override
    protected ResponseEntity<Object> createResponseEntity(
            Object body, HttpHeaders headers, HttpStatusCode statusCode, WebRequest request) {
        if (body instanceof ProblemDetail problem) {
            if (problem.getProperties() == null || !problem.getProperties().containsKey(CODE)) {
                HttpStatus status = HttpStatus.resolve(statusCode.value());
                problem.setProperty(CODE, status == null ? String.valueOf(statusCode.value()) : status.name());
            }
            if (problem.getInstance() == null) {
                problem.setInstance(instance(request));
            }
        }
        return super.createResponseEntity(body, headers, statusCode, request);
    }

    private ResponseEntity<Object> invalid(InputProblem input, WebRequest request) {
        return problem(HttpStatus.BAD_REQUEST, ErrorCode.INVALID_VALUE.name(), input.field(), input.detail(), request);
    }

    private ResponseEntity<Object> problem(
            HttpStatus status, String code, String field, String detail, WebRequest request) {
        return problem(status, code, field, detail, new HttpHeaders(), request);
    }

    private ResponseEntity<Object> problem(
            HttpStatus status, String code, String field, String detail, HttpHeaders headers, WebRequest request) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setProperty(CODE, code);
        if (field != null) {
            problem.setProperty(FIELD, field);
        }
        return createResponseEntity(problem, headers, status, request);
    }

    /**
     * When to ask again: views trail writes by milliseconds, so a second is ample; a database restart
     * (crash recovery included) takes a few seconds, and so does whatever held up a partnership's queue
     * or an identity provider's restart.
     */
    static HttpHeaders retryAfter(ErrorCode code) {
        HttpHeaders headers = new HttpHeaders();
        if (code == ErrorCode.DATABASE_UNAVAILABLE
                || code == ErrorCode.PARTNERSHIP_BUSY
                || code == ErrorCode.OUTCOME_UNKNOWN
                || code == ErrorCode.IDENTITY_PROVIDER_UNAVAILABLE) {
            headers.set(HttpHeaders.RETRY_AFTER, "5");
        } else if (code.kind() == ErrorKind.UNAVAILABLE) {
            headers.set(HttpHeaders.RETRY_AFTER, "1");
        }
        return headers;
    }

    private static URI instance(WebRequest request) {
        return request instanceof ServletWebRequest servlet ? ProblemWriter.instance(servlet.getRequest()) : null;
    }

    private static String describe(WebRequest request) {
        return request instanceof ServletWebRequest servlet
                ? servlet.getHttpMethod() + " " + servlet.getRequest().getRequestURI()
                : request.getDescription(false);
    }
}
