package org.roundtable.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

/**
 * A client of the server's HTTP API logged in as one user (HTTP Basic), that times every request from
 * just before it is sent to just after its whole answer has arrived.
 */
final class BenchClient {

    /** The header in which every write answers its partnership's stream sequence. */
    static final String SEQUENCE = "Roundtable-Sequence";

    private static final ObjectMapper JSON = new ObjectMapper();
    // HTTP/1.1: the JDK would otherwise try an upgrade to h2c on every new connection.
    private static final HttpClient HTTP = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10))
            .build();
    private static final Duration TIMEOUT = Duration.ofMinutes(10);

    private final URI base;
    private final String authorization;

    BenchClient(int port, String user, String password) {
        this.base = URI.create("http://127.0.0.1:" + port);
        this.authorization =
                "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    Response get(String path) {
        return send(HttpRequest.newBuilder(base.resolve(path)).GET());
    }

    Response post(String path, String json) {
        return send(HttpRequest.newBuilder(base.resolve(path))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    private Response send(HttpRequest.Builder request) {
        HttpRequest built =
                request.header("Authorization", authorization).timeout(TIMEOUT).build();
        long sent = System.nanoTime();
        try {
            HttpResponse<String> response = HTTP.send(built, HttpResponse.BodyHandlers.ofString());
            return new Response(built.method() + " " + built.uri().getPath(), response, sent, System.nanoTime());
        } catch (IOException e) {
            throw new UncheckedIOException(built.method() + " " + built.uri() + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted during " + built.uri(), e);
        }
    }

    /**
     * An answer and when it came.
     *
     * @param request      method and path, for messages
     * @param raw          the JDK's response
     * @param sentNanos    System.nanoTime just before sending
     * @param answeredNanos System.nanoTime once the whole body had arrived
     */
    record Response(String request, HttpResponse<String> raw, long sentNanos, long answeredNanos) {

        int status() {
            return raw.statusCode();
        }

        long durationNanos() {
            return answeredNanos - sentNanos;
        }

        /** This answer, after checking that its status is {@code expected}: any other answer stops the benchmark. */
        Response expect(int expected) {
            if (status() != expected) {
                throw new IllegalStateException(
                        "%s answered %d instead of %d: %s".formatted(request, status(), expected, raw.body()));
            }
            return this;
        }

        JsonNode json() {
            try {
                return JSON.readTree(raw.body());
            } catch (IOException e) {
                throw new UncheckedIOException(request + " answered no JSON: " + raw.body(), e);
            }
        }

        /** The stream sequence a write answered. */
        long sequence() {
            return Long.parseLong(raw.headers()
                    .firstValue(SEQUENCE)
                    .orElseThrow(() -> new IllegalStateException(request + " answered no " + SEQUENCE + " header")));
        }
    }
}
