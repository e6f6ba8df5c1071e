package org.roundtable.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.roundtable.server.support.Api;
import org.roundtable.server.support.TestIdentityProvider;
import org.roundtable.server.support.TestTokens;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The OIDC provider out of reach: a request with a bearer token answers 503 IDENTITY_PROVIDER_UNAVAILABLE
 * with Retry-After, never a 500, while HTTP Basic keeps working; once the provider answers again, the same
 * token is accepted without a restart. The server has the issuer-uri of a {@link TestIdentityProvider}, as
 * a deployment has its provider's. A context of its own, on the embedded PostgreSQL and closed after the
 * class, because the shared one trusts the key of {@link TestTokens} without any network.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"spring.datasource.url=", "roundtable.embedded.persistent=false"})
@ActiveProfiles("it")
@DirtiesContext
class IdentityProviderOutageIT {

    private static final TestTokens TOKENS = new TestTokens();
    private static final TestIdentityProvider PROVIDER = new TestIdentityProvider(TOKENS);

    @DynamicPropertySource
    static void issuer(DynamicPropertyRegistry properties) {
        properties.add("spring.security.oauth2.resourceserver.jwt.issuer-uri", PROVIDER::issuer);
    }

    @LocalServerPort
    int port;

    @AfterAll
    static void stopProvider() {
        PROVIDER.close();
    }

    @Test
    void aTokenAnswers503WhileTheProviderIsOutOfReachAndIsAcceptedOnceItIsBack() {
        Api basic = new Api(port);
        Api bearer = basic.bearing(TOKENS.token("carl", Map.of("iss", PROVIDER.issuer())));

        Api.Response refused = bearer.get("/api/partnerships");
        refused.problem(503, "IDENTITY_PROVIDER_UNAVAILABLE");
        assertThat(refused.header("Retry-After")).isEqualTo("5");
        assertThat(basic.get("/api/partnerships").status()).isEqualTo(200);

        PROVIDER.start();
        assertThat(bearer.get("/api/partnerships").status()).isEqualTo(200);
    }
}
