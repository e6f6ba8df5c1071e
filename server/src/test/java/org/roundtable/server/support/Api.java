package org.roundtable.server.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Predicate;

/** A client of the Roundtable HTTP API for tests, on the JDK's HttpClient. */
public final class Api {

    /** How long a read may trail a write before a test gives up. */
    public static final Duration READ_LAG = Duration.ofSeconds(10);

    /** The header in which every write answers its partnership's stream sequence. */
    public static final String SEQUENCE = "Roundtable-Sequence";

    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient http = HttpClient.newHttpClient();
    private final URI base;

    public Api(int port) {
        this.base = URI.create("http://localhost:" + port);
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

    /** Any request; a null body sends none, a null content type no Content-Type header. */
    public Response send(String method, String path, String body, String contentType) {
        return exchange(method, path, body == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(body), contentType);
    }

    /** A JSON POST whose body is sent chunked, without a Content-Length the server could check first. */
    public Response postUnsized(String path, String json) {
        byte[] body = json.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        return exchange("POST", path, HttpRequest.BodyPublishers.ofInputStream(
                () -> new java.io.ByteArrayInputStream(body)), "application/json");
    }

    private Response exchange(String method, String path, HttpRequest.BodyPublisher body, String contentType) {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path)).method(method, body);
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
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
            assertThat(sequence).as("%s header of a %d answer", SEQUENCE, status()).isNotNull();
            return Long.parseLong(sequence);
        }

        /**
         * Checks that this is an RFC 9457 problem with {@code status} and {@code code}, leaking no Java
         * or SQL internals, and answers its body.
         */
        public JsonNode problem(int status, String code) {
            assertThat(status()).as("status of %s", body()).isEqualTo(status);
            assertThat(contentType()).startsWith("application/problem+json");
            JsonNode problem = json();
            assertThat(problem.path("status").asInt()).isEqualTo(status);
            assertThat(problem.path("code").asText()).isEqualTo(code);
            assertThat(problem.path("detail").asText()).isNotBlank();
            assertThat(body()).doesNotContain("Exception", "org.roundtable", "com.fasterxml", "SQL", "\tat ");
            return problem;
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
