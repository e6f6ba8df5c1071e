package org.roundtable.server.support;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;

/**
 * An OIDC provider over HTTP, reduced to what a resource server asks of it: its discovery document
 * and its key set, which holds the key of {@link TestTokens}. It has a port of its own where nothing
 * listens until it is started, and a test may stop and start it again, to take it out of reach and
 * bring it back.
 */
public final class TestIdentityProvider implements AutoCloseable {

    private final TestTokens tokens;
    private final int port;
    private HttpServer server;

    public TestIdentityProvider(TestTokens tokens) {
        this.tokens = tokens;
        this.port = freePort();
    }

    /** What {@code spring.security.oauth2.resourceserver.jwt.issuer-uri} names, and a token's {@code iss}. */
    public String issuer() {
        return "http://127.0.0.1:" + port;
    }

    /** What {@code spring.security.oauth2.resourceserver.jwt.jwk-set-uri} names. */
    public String keySetUri() {
        return issuer() + "/keys";
    }

    public void start() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext(
                "/.well-known/openid-configuration",
                exchange -> answer(exchange, """
                {"issuer": "%s", "jwks_uri": "%s"}""".formatted(issuer(), keySetUri())));
        server.createContext("/keys", exchange -> answer(exchange, tokens.publicKeys()));
        server.start();
    }

    public void stop() {
        if (server != null) {
            server.stop(0);
            server = null;
        }
    }

    @Override
    public void close() {
        stop();
    }

    private static void answer(HttpExchange exchange, String json) throws IOException {
        byte[] body = json.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(200, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    private static int freePort() {
        try (ServerSocket probe = new ServerSocket(0)) {
            return probe.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
