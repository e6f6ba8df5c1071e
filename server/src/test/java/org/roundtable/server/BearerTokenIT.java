package org.roundtable.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.roundtable.server.support.Api;
import org.roundtable.server.support.Roundtable;
import org.roundtable.server.support.RoundtableIntegrationTest;
import org.roundtable.server.support.TestTokens;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Logging in with a bearer token of the OIDC provider (here the test's own, {@link TestTokens}): the
 * user is the token's preferred_username, else its subject, and its global roles are in its roles claim.
 */
@RoundtableIntegrationTest
class BearerTokenIT {

    @Autowired
    Api api;

    @Autowired
    TestTokens tokens;

    @Test
    void aTokenActsAsItsPreferredUsernameTheSameUserAsByHttpBasic() {
        Api carl = api.bearing(tokens.token("7d1f3c2e-subject-of-carl", Map.of("preferred_username", "carl")));

        String partnership = new Roundtable(carl).formPartnership("CONSENT");

        assertThat(actors(partnership)).containsOnly("carl");
        assertThat(api.as("carl")
                        .get(Roundtable.partnership(partnership) + "/audit")
                        .status())
                .isEqualTo(200);
    }

    @Test
    void withoutAPreferredUsernameTheSubjectNamesTheUser() {
        Api service = api.bearing(tokens.token("svc-42", Map.of()));

        String partnership = new Roundtable(service).formPartnership("CONSENT");

        assertThat(service.get(Roundtable.partnership(partnership) + "/events").body())
                .contains("\"actor\":\"svc-42\"");
    }

    @Test
    void theRolesClaimGivesTheGlobalRolesAndNoOthers() {
        String partnership = new Roundtable(api.as("cora")).formPartnership("CONSENT");
        Api admin = api.bearing(tokens.token("ops", Map.of("roles", List.of("ADMIN"))));
        Api auditor = api.bearing(tokens.token("inspector", Map.of("roles", List.of("AUDITOR"))));
        Api pretender = api.bearing(tokens.token("pretender", Map.of("roles", List.of("SUPERUSER", "admin"))));

        assertThat(admin.get("/actuator/projections").status()).isEqualTo(200);
        assertThat(auditor.get(Roundtable.partnership(partnership) + "/audit").status())
                .isEqualTo(200);
        auditor.put(Roundtable.partnership(partnership) + "/contract", """
                {"terms": "Audited terms"}""").problem(403, "AUDITORS_WRITE_NOTHING");
        pretender.get("/actuator/projections").problem(403, "ADMINS_ONLY");
        pretender.get(Roundtable.partnership(partnership)).problem(404, "PARTNERSHIP_NOT_FOUND");
    }

    @Test
    void anExpiredOrForgedTokenIsUnauthenticated() {
        api.bearing(tokens.expiredToken("carl")).get("/api/partnerships").problem(401, "UNAUTHENTICATED");
        api.bearing(tokens.forgedToken("carl", Map.of("roles", List.of("ADMIN"))))
                .get("/actuator/projections")
                .problem(401, "UNAUTHENTICATED");
        api.bearing("not-a-token").get("/api/partnerships").problem(401, "UNAUTHENTICATED");
    }

    private List<String> actors(String partnership) {
        return api.as(Api.ADMIN)
                .get(Roundtable.partnership(partnership) + "/events")
                .body()
                .lines()
                .map(line -> line.replaceAll(".*\"actor\":\"([^\"]*)\".*", "$1"))
                .toList();
    }
}
