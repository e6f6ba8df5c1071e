package org.roundtable.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The benchmark's own HTTP/1.1 client against the JDK's HTTP server, which frames answers both ways. */
class BenchClientTest {

    private final List<Seen> requests = new CopyOnWriteArrayList<>();
    private HttpServer server;
    private BenchClient client;

    /** A request as the server received it, and the client's port it came from (its connection). */
    private record Seen(String method, String uri, String authorization, String contentType, String body, int port) {}

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", this::answer);
        server.start();
        client = new BenchClient(server.getAddress().getPort(), "bench", "bench-secret");
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private void answer(HttpExchange exchange) throws IOException {
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        requests.add(new Seen(
                exchange.getRequestMethod(),
                exchange.getRequestURI().toString(),
                exchange.getRequestHeaders().getFirst("Authorization"),
                exchange.getRequestHeaders().getFirst("Content-Type"),
                body,
                exchange.getRemoteAddress().getPort()));
        String path = exchange.getRequestURI().getPath();
        if (path.equals("/votes")) {
            exchange.getResponseHeaders().add(BenchClient.SEQUENCE, "42");
            exchange.sendResponseHeaders(204, -1);
        } else if (path.equals("/chunked")) {
            exchange.sendResponseHeaders(200, 0);
            try (OutputStream out = exchange.getResponseBody()) {
                for (int i = 0; i < 20_000; i++) {
                    out.write(("line " + i + "\n").getBytes(StandardCharsets.UTF_8));
                }
            }
        } else {
            if (path.equals("/closing")) {
                exchange.getResponseHeaders().add("Connection", "close");
            }
            byte[] answer = "{\"path\": \"%s\"}".formatted(path).getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(path.equals("/missing") ? 404 : 200, answer.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(answer);
            }
        }
    }

    @Test
    void aPostCarriesItsJsonAndTheUsersCredentialsAndAnswersTheSequence() {
        BenchClient.Response answer = client.post("/votes?x=1", "{\"choice\": \"AGREE\"}");

        assertThat(answer.expect(204).sequence()).isEqualTo(42);
        assertThat(answer.body()).isEmpty();
        assertThat(answer.durationNanos()).isPositive();
        Seen seen = requests.get(0);
        assertThat(seen.method()).isEqualTo("POST");
        assertThat(seen.uri()).isEqualTo("/votes?x=1");
        assertThat(seen.authorization()).isEqualTo("Basic YmVuY2g6YmVuY2gtc2VjcmV0");
        assertThat(seen.contentType()).isEqualTo("application/json");
        assertThat(seen.body()).isEqualTo("{\"choice\": \"AGREE\"}");
    }

    @Test
    void anAnswerOfKnownLengthIsReadWholeWithItsStatus() {
        assertThat(client.get("/report").expect(200).json().get("path").asText())
                .isEqualTo("/report");
        assertThat(client.get("/missing").status()).isEqualTo(404);
    }

    @Test
    void aChunkedAnswerIsReadWhole() {
        String body = client.get("/chunked").expect(200).body();

        assertThat(body).startsWith("line 0\n").endsWith("line 19999\n");
        assertThat(body.lines()).hasSize(20_000);
    }

    @Test
    void oneConnectionServesRequestsInTurnUntilAnAnswerClosesIt() {
        client.get("/report");
        client.post("/votes", "{}");
        client.get("/chunked");
        client.get("/closing");
        client.get("/report");

        assertThat(requests.subList(0, 4))
                .extracting(Seen::port)
                .containsOnly(requests.get(0).port());
        assertThat(requests.get(4).port()).isNotEqualTo(requests.get(0).port());
    }
}
