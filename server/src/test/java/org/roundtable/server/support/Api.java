package org.roundtable.server.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Predicate;

/**
 * A client of the Roundtable HTTP API for tests, on the JDK's HttpClient, sending every request with
 * one user's credentials: HTTP Basic for a user of the test configuration ({@code application-it.yml},
 * each with the password {@code <name>-secret}), a bearer token, or none. A {@link #checked} client
 * checks every request and answer against the API's description that the server serves.
 */
public final class Api {

    /** How long a read may trail a write before a test gives up. */
    public static final Duration READ_LAG = Duration.ofSeconds(10);

    /** The header in which every write answers its partnership's stream sequence. */
    public static final String SEQUENCE = "Roundtable-Sequence";

    private static final ObjectMapper JSON = new ObjectMapper();

    /** The user the end-to-end tests act as unless they name another, configured in application-it.yml. */
    public static final String TESTER = "tester";
    /** The user of application-it.yml who holds the global ADMIN role. */
    public static final String ADMIN = "root";
    /** The user of application-it.yml who holds the global AUDITOR role. */
    public static final String GLOBAL_AUDITOR = "gina";

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private final URI base;
    private final String user;
    private final String authorization;
    private final Map<String, String> headers;
    /** Null when nothing is checked. */
    private final ApiDocument document;

    private final boolean malformedOnPurpose;

    private Api(
            URI base,
            String user,
            String authorization,
            Map<String, String> headers,
            ApiDocument document,
            boolean malformedOnPurpose) {
        this.base = base;
        this.user = user;
        this.authorization = authorization;
        this.headers = headers;
        this.document = document;
        this.malformedOnPurpose = malformedOnPurpose;
    }

    /** A client acting as {@link #TESTER}, checking nothing: for the servers that a test starts itself. */
    public Api(int port) {
        this(URI.create("http://localhost:" + port), TESTER, basic(TESTER, TESTER + "-secret"), Map.of(), null, false);
    }

    /**
     * A client acting as {@link #TESTER} whose every exchange, and those of the clients made from it, is
     * checked against the server's OpenAPI document ({@link ApiDocument}): one that contradicts it fails
     * with an AssertionError where the request was sent.
     */
    public static Api checked(int port) {
        Api api = new Api(port);
        return new Api(api.base, api.user, api.authorization, api.headers, new ApiDocument(api.base, HTTP), false);
    }

    /**
     * This client for requests that a test makes malformed on purpose: of each exchange only the answer is
     * checked against the document, since the request is meant to break it.
     */
    public Api malformedOnPurpose() {
        return new Api(base, user, authorization, headers, document, true);
    }

    /** This client acting as {@code user} of the test configuration, whose password is {@code <user>-secret}. */
    public Api as(String user) {
        return as(user, user + "-secret");
    }

    /** This client acting as {@code user} with {@code password} (HTTP Basic). */
    public Api as(String user, String password) {
        return new Api(base, user, basic(user, password), Map.of(), document, malformedOnPurpose);
    }

    /** This client with a bearer token in place of a password. */
    public Api bearing(String token) {
        return new Api(base, null, "Bearer " + token, Map.of(), document, malformedOnPurpose);
    }

    /** This client with no credentials at all. */
    public Api anonymous() {
        return new Api(base, null, null, Map.of(), document, malformedOnPurpose);
    }

    /** This client sending every request with {@code Idempotency-Key: key}. */
    public Api withIdempotencyKey(String key) {
        return withHeader("Idempotency-Key", key);
    }

    /** This client sending every request with the header {@code name: value} as well. */
    public Api withHeader(String name, String value) {
        Map<String, String> more = new LinkedHashMap<>(headers);
        more.put(name, value);
        return new Api(base, user, authorization, Map.copyOf(more), document, malformedOnPurpose);
    }

    private static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    /** The user this client logs in as with HTTP Basic; null for a token or no credentials. */
    public String user() {
        return user;
    }

    public Response get(String path) {
        return send("GET", path, null, null);
    }

    public Response post(String path, String json) {
        return send("POST", path, json, "application/json");
    }

    public Response put(String path, String json) {
        return send("PUT", path, json, "application/json");
    }

    public Response delete(String path, String json) {
        return send("DELETE", path, json, "application/json");
    }

    /** Any request; a null body sends none, a null content type no Content-Type header. */
    public Response send(String method, String path, String body, String contentType) {
        return sendBytes(method, path, body == null ? null : body.getBytes(StandardCharsets.UTF_8), contentType, false);
    }

    /** A JSON POST whose body is sent chunked, without a Content-Length the server could check first. */
    public Response postUnsized(String path, String json) {
        return sendBytes("POST", path, json.getBytes(StandardCharsets.UTF_8), "application/json", true);
    }

    /**
     * Any request with a body of raw bytes, which need not be UTF-8; {@code unsized} sends it chunked,
     * without a Content-Length. A null body sends none, a null content type no Content-Type header.
     */
    public Response sendBytes(String method, String path, byte[] body, String contentType, boolean unsized) {
        HttpRequest.BodyPublisher publisher = body == null
                ? HttpRequest.BodyPublishers.noBody()
                : unsized
                        ? HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body))
                        : HttpRequest.BodyPublishers.ofByteArray(body);
        URI uri = base.resolve(path);
        Map<String, String> sent = new LinkedHashMap<>();
        if (contentType != null) {
            sent.put("Content-Type", contentType);
        }
        if (authorization != null) {
            sent.put("Authorization", authorization);
        }
        sent.putAll(headers);
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).method(method, publisher);
        sent.forEach(request::header);
        try {
            HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
            if (document != null) {
                document.check(method, uri, sent, body, response, malformedOnPurpose);
            }
            return new Response(response);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** POSTs something that creates a resource and answers its id, checking the 201 and its Location. */
    public String create(String path, String json) {
        return post(path, json).createdId();
    }

    /** GETs {@code path} until it answers 200 with a body that satisfies {@code shows}; reads trail writes. */
    public JsonNode awaitView(String path, Predicate<JsonNode> shows) {
        AtomicReference<JsonNode> view = new AtomicReference<>();
        await().atMost(READ_LAG).pollInterval(Duration.ofMillis(50)).until(() -> {
            Response response = get(path);
            if (response.status() == 200 && shows.test(response.json())) {
                view.set(response.json());
                return true;
            }
            return false;
        });
        return view.get();
    }

    /** An answer of the API. */
    public record Response(HttpResponse<String> raw) {

        public int status() {
            return raw.statusCode();
        }

        public String body() {
            return raw.body();
        }

        public String contentType() {
            return raw.headers().firstValue("Content-Type").orElse("");
        }

        public String location() {
            return raw.headers().firstValue("Location").orElse("");
        }

        /** The id of what a write created, checking the 201 and that its Location ends with the id. */
        public String createdId() {
            assertThat(status()).as("POST answered %s", body()).isEqualTo(201);
            String id = json().get("id").asText();
            assertThat(location()).endsWith("/" + id);
            return id;
        }

        /** The stream sequence a write answered, checking that it did. */
        public long sequence() {
            String sequence = raw.headers().firstValue(SEQUENCE).orElse(null);
            assertThat(sequence)
                    .as("%s header of a %d answer", SEQUENCE, status())
                    .isNotNull();
            return Long.parseLong(sequence);
        }

        /**
         * Checks that this is an RFC 9457 problem with {@code status} and {@code code}, leaking no Java
         * or SQL internals, and answers its body.
         */
        public JsonNode problem(int status, String code) {
            JsonNode problem = problem(status);
            assertThat(problem.path("code").asText()).isEqualTo(code);
            return problem;
        }

        /** {@link #problem(int, String)} whatever its code, as long as it has one. */
        public JsonNode problem(int status) {
            assertThat(status()).as("status of %s", body()).isEqualTo(status);
            assertThat(contentType()).startsWith("application/problem+json");
            JsonNode problem = json();
            assertThat(problem.path("status").asInt()).isEqualTo(status);
            assertThat(problem.path("code").asText()).isNotBlank();
            assertThat(problem.path("detail").asText()).isNotBlank();
            assertThat(body()).doesNotContain("Exception", "org.roundtable", "com.fasterxml", "SQL", "\tat ");
            return problem;
        }

        public String header(String name) {
            return raw.headers().firstValue(name).orElse(null);
        }

        /** {@link #problem(int, String)} that names {@code field} as the input at fault. */
        public JsonNode problem(int status, String code, String field) {
            JsonNode problem = problem(status, code);
            assertThat(problem.path("field").asText()).as("field of %s", body()).isEqualTo(field);
            return problem;
        }

        public JsonNode json() {
            try {
                return JSON.readTree(raw.body());
            } catch (IOException e) {
                throw new UncheckedIOException("Not JSON: " + raw.body(), e);
            }
        }
    }
}
