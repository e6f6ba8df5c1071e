package org.roundtable.server.support;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * An OIDC provider over HTTP, reduced to what Roundtable asks of it: its discovery document and its key
 * set, which holds the key of {@link TestTokens}, for a resource server; and the authorization code flow
 * for the pages' login, whose login form is skipped: {@code /authorize} logs in at once the user the test
 * chose beforehand ({@link #willLogIn}) and sends the browser back with a code, for which {@code /token}
 * answers an ID token signed with that key. It has a port of its own where nothing listens until it is
 * started, and a test may stop and start it again, to take it out of reach and bring it back.
 */
public final class TestIdentityProvider implements AutoCloseable {

    /** The one client the provider knows, as {@code spring.security.oauth2.client.registration.*} names it. */
    public static final String CLIENT_ID = "roundtable";

    public static final String CLIENT_SECRET = "roundtable-secret";

    private static final ObjectMapper JSON = new ObjectMapper();

    private final TestTokens tokens;
    private final int port;
    /** The login that the next visit of /authorize makes; null refuses it. */
    private volatile Login next;
    /** Codes given out and not yet exchanged: each is good for one token answer. */
    private final Map<String, Login> codes = new ConcurrentHashMap<>();

    private HttpServer server;

    /** A user logged in at the provider, with the {@code nonce} that the client asked its ID token to carry. */
    private record Login(String user, List<String> roles, String nonce) {}

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

    /**
     * The next login through the provider is {@code user}'s, whose ID token lists {@code roles}; its
     * {@code sub} is an opaque id, as a provider's usually is, so only its {@code preferred_username} names
     * the user.
     */
    public void willLogIn(String user, List<String> roles) {
        next = new Login(user, List.copyOf(roles), null);
    }

    /** The next login through the provider is refused, as when the user turns it down there. */
    public void willRefuse() {
        next = null;
    }

    /** The {@code sub} of {@code user}'s tokens. */
    public static String subjectOf(String user) {
        return UUID.nameUUIDFromBytes(user.getBytes(StandardCharsets.UTF_8)).toString();
    }

    public void start() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/.well-known/openid-configuration", exchange -> answer(exchange, 200, discovery()));
        server.createContext("/keys", exchange -> answer(exchange, 200, tokens.publicKeys()));
        server.createContext("/authorize", this::authorize);
        server.createContext("/token", this::token);
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

    private String discovery() {
        return json(Map.of(
                "issuer", issuer(),
                "jwks_uri", keySetUri(),
                "authorization_endpoint", issuer() + "/authorize",
                "token_endpoint", issuer() + "/token",
                "token_endpoint_auth_methods_supported", List.of("client_secret_basic"),
                "response_types_supported", List.of("code"),
                "subject_types_supported", List.of("public"),
                "id_token_signing_alg_values_supported", List.of("RS256"),
                "scopes_supported", List.of("openid", "profile")));
    }

    /** Logs in the chosen user (or refuses) without a form, and sends the browser back to the client. */
    private void authorize(HttpExchange exchange) throws IOException {
        Map<String, String> request = form(exchange.getRequestURI().getRawQuery());
        Login login = next;
        Map<String, String> back = new LinkedHashMap<>();
        if (!CLIENT_ID.equals(request.get("client_id")) || !"code".equals(request.get("response_type"))) {
            back.put("error", "unauthorized_client");
        } else if (login == null) {
            back.put("error", "access_denied");
        } else {
            String code = UUID.randomUUID().toString();
            codes.put(code, new Login(login.user(), login.roles(), request.get("nonce")));
            back.put("code", code);
        }
        back.put("state", request.get("state"));
        exchange.getResponseHeaders().set("Location", request.get("redirect_uri") + "?" + query(back));
        exchange.sendResponseHeaders(302, -1);
        exchange.close();
    }

    /** Answers the ID token and an access token for a code it gave out, to the client with its secret. */
    private void token(HttpExchange exchange) throws IOException {
        Map<String, String> request =
                form(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
        String client = "Basic "
                + Base64.getEncoder()
                        .encodeToString((CLIENT_ID + ":" + CLIENT_SECRET).getBytes(StandardCharsets.UTF_8));
        if (!client.equals(exchange.getRequestHeaders().getFirst("Authorization"))) {
            answer(exchange, 401, json(Map.of("error", "invalid_client")));
            return;
        }
        Login login = "authorization_code".equals(request.get("grant_type")) ? codes.remove(request.get("code")) : null;
        if (login == null) {
            answer(exchange, 400, json(Map.of("error", "invalid_grant")));
            return;
        }
        Map<String, Object> claims = new LinkedHashMap<>();
        claims.put("iss", issuer());
        claims.put("preferred_username", login.user());
        claims.put("roles", login.roles());
        String accessToken = tokens.token(subjectOf(login.user()), claims);
        claims.put("aud", List.of(CLIENT_ID));
        if (login.nonce() != null) {
            claims.put("nonce", login.nonce());
        }
        String idToken = tokens.token(subjectOf(login.user()), claims);
        answer(
                exchange,
                200,
                json(Map.of(
                        "access_token",
                        accessToken,
                        "token_type",
                        "Bearer",
                        "expires_in",
                        60,
                        "scope",
                        "openid profile",
                        "id_token",
                        idToken)));
    }

    private static Map<String, String> form(String encoded) {
        if (encoded == null || encoded.isEmpty()) {
            return Map.of();
        }
        return Arrays.stream(encoded.split("&"))
                .map(pair -> pair.split("=", 2))
                .collect(Collectors.toMap(
                        pair -> URLDecoder.decode(pair[0], StandardCharsets.UTF_8),
                        pair -> pair.length > 1 ? URLDecoder.decode(pair[1], StandardCharsets.UTF_8) : "",
                        (first, second) -> first));
    }

    private static String query(Map<String, String> parameters) {
        return parameters.entrySet().stream()
                .map(parameter ->
                        parameter.getKey() + "=" + URLEncoder.encode(parameter.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    private static String json(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void answer(HttpExchange exchange, int status, String json) throws IOException {
        byte[] body = json.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        exchange.sendResponseHeaders(status, body.length);
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
