package org.roundtable.server.support;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleRequest;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.ValidationReport;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * The OpenAPI document that the server under test serves at {@value #PATH}, fetched once, and the check
 * of every exchange of the end-to-end tests against it, so that the document cannot drift from what
 * the server does. Each answer must be one the document gives for its operation (status, headers,
 * body); each request must be one the document admits, unless the server refused it as bad input
 * too, or a test sends it malformed on purpose.
 */
final class ApiDocument {

    static final String PATH = "/v3/api-docs";

    /**
     * The answers by which the server refuses a request as input it cannot take: a request the document
     * refuses too is then one they agree on. Any other answer says the server took the request as it
     * should be, so the document must have admitted it.
     */
    private static final Set<Integer> REFUSED_AS_INPUT = Set.of(400, 401, 406, 413, 415);

    /** The operation is not in the document: the server refuses it (404, 405) unless the document is short. */
    private static final Set<String> UNDOCUMENTED =
            Set.of("validation.request.path.missing", "validation.request.operation.notAllowed");

    private final Supplier<OpenApiInteractionValidator> validator;

    ApiDocument(URI base, HttpClient http) {
        this.validator = memoized(
                () -> OpenApiInteractionValidator.createForInlineApiSpecification(fetch(base.resolve(PATH), http))
                        .build());
    }

    /**
     * Throws an AssertionError that names every way in which the exchange contradicts the document;
     * {@code malformedOnPurpose} leaves the request unchecked, and only its answer is.
     */
    void check(
            String method,
            URI uri,
            Map<String, String> headers,
            byte[] body,
            HttpResponse<String> response,
            boolean malformedOnPurpose) {
        String path = uri.getRawPath();
        Request.Method known = knownMethod(method);
        // The document describes the API; health, the projections endpoint and the document itself are not in it.
        if (path == null || !path.startsWith("/api/") || known == null) {
            return;
        }
        int status = response.statusCode();
        ValidationReport answer = validator.get().validateResponse(path, known, answer(response));
        if (answer.getMessages().stream().anyMatch(message -> UNDOCUMENTED.contains(message.getKey()))) {
            if (status < 400) {
                fail(method, uri, response, "the server answered " + status + " to an operation the document lacks");
            }
            return;
        }
        ValidationReport report = answer;
        if (!malformedOnPurpose && !REFUSED_AS_INPUT.contains(status)) {
            report = report.merge(validator.get().validateRequest(request(known, uri, headers, body)));
        }
        if (report.hasErrors()) {
            fail(
                    method,
                    uri,
                    response,
                    report.getMessages().stream()
                            .filter(message -> message.getLevel() == ValidationReport.Level.ERROR)
                            .map(message -> message.getKey() + ": " + message.getMessage())
                            .collect(Collectors.joining("\n  ")));
        }
    }

    private static void fail(String method, URI uri, HttpResponse<String> response, String violations) {
        String body = response.body().length() > 500 ? response.body().substring(0, 500) + "..." : response.body();
        throw new AssertionError("%s %s answered %d%s, against the API's description at %s:%n  %s"
                .formatted(method, uri, response.statusCode(), body.isEmpty() ? "" : " " + body, PATH, violations));
    }

    private static Request.Method knownMethod(String method) {
        try {
            return Request.Method.valueOf(method);
        } catch (IllegalArgumentException notAnHttpMethod) {
            return null;
        }
    }

    private static SimpleResponse answer(HttpResponse<String> response) {
        SimpleResponse.Builder answer = new SimpleResponse.Builder(response.statusCode());
        response.headers().map().forEach(answer::withHeader);
        if (!response.body().isEmpty()) {
            answer.withBody(response.body());
        }
        return answer.build();
    }

    private static SimpleRequest request(Request.Method method, URI uri, Map<String, String> headers, byte[] body) {
        SimpleRequest.Builder request = new SimpleRequest.Builder(method, uri.getRawPath());
        headers.forEach(request::withHeader);
        if (body != null && body.length > 0) {
            request.withBody(body);
        }
        if (uri.getRawQuery() != null) {
            for (String pair : uri.getRawQuery().split("&")) {
                int equals = pair.indexOf('=');
                String name = equals < 0 ? pair : pair.substring(0, equals);
                String value = equals < 0 ? "" : pair.substring(equals + 1);
                request.withQueryParam(decode(name), decode(value));
            }
        }
        return request.build();
    }

    private static String decode(String text) {
        return URLDecoder.decode(text, StandardCharsets.UTF_8);
    }

    private static String fetch(URI document, HttpClient http) {
        try {
            HttpResponse<String> response =
                    http.send(HttpRequest.newBuilder(document).build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException(document + " answered " + response.statusCode());
            }
            return response.body();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Fetched at the first check, when the server is surely up; once, whichever thread asks first. */
    private static <T> Supplier<T> memoized(Supplier<T> supplier) {
        return new Supplier<>() {
            private volatile T value;

            @Override
            public T get() {
                if (value == null) {
                    synchronized (this) {
                        if (value == null) {
                            value = supplier.get();
                        }
                    }
                }
                return value;
            }
        };
    }
}
