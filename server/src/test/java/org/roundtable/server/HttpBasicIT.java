package org.roundtable.server;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.roundtable.server.support.Api;
import org.roundtable.server.support.RoundtableIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;

/** Logging in with HTTP Basic as a user of the configuration, and what a client without a login is told. */
@RoundtableIntegrationTest
class HttpBasicIT {

    @Autowired
    Api api;

    @Autowired
    UserDetailsService users;

    @Test
    void aRequestWithoutCredentialsIsAskedToLogInWithAProblem() {
        Api.Response response = api.anonymous().get("/api/partnerships");

        response.problem(401, "UNAUTHENTICATED");
        assertThat(response.raw().headers().allValues("WWW-Authenticate"))
                .containsExactly("Basic realm=\"Roundtable\"", "Bearer");
    }

    @Test
    void aWrongPasswordOrAnUnknownUserIsUnauthenticated() {
        api.as("carl", "not-carls-password").get("/api/partnerships").problem(401, "UNAUTHENTICATED");
        api.as("nobody-configured").get("/api/partnerships").problem(401, "UNAUTHENTICATED");
        assertThat(api.as("carl").get("/api/partnerships").status()).isEqualTo(200);
    }

    /** Spring Security would otherwise re-encode it with bcrypt at the first login, and check every later one so. */
    @Test
    void aNoopPasswordStaysAsConfiguredAfterLogins() {
        assertThat(api.as("anna").get("/api/partnerships").status()).isEqualTo(200);
        assertThat(api.as("anna").get("/api/partnerships").status()).isEqualTo(200);

        assertThat(users.loadUserByUsername("anna").getPassword()).isEqualTo("{noop}anna-secret");
    }

    @Test
    void answersCarrySpringSecuritysHeadersAndNoSession() {
        Api.Response response = api.as("carl").get("/api/partnerships");

        assertThat(response.header("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(response.header("X-Frame-Options")).isEqualTo("DENY");
        assertThat(response.header("Cache-Control")).contains("no-store");
        assertThat(response.header("Set-Cookie")).isNull();
    }

    @Test
    void theHealthAndTheApiDescriptionNeedNoLogin() {
        assertThat(api.anonymous().get("/actuator/health").status()).isEqualTo(200);
        assertThat(api.anonymous().get("/v3/api-docs").status()).isEqualTo(200);
        assertThat(api.anonymous().get("/swagger-ui/index.html").status()).isEqualTo(200);
    }

    @Test
    void rebuildingTheViewsNeedsTheGlobalAdminRole() {
        api.as("cora").get("/actuator/projections").problem(403, "ADMINS_ONLY");
        assertThat(api.as(Api.ADMIN).get("/actuator/projections").status()).isEqualTo(200);
    }
}
