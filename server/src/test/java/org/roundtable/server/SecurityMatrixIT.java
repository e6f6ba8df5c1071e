package org.roundtable.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.roundtable.server.support.Api;
import org.roundtable.server.support.Roundtable;
import org.roundtable.server.support.RoundtableIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Every endpoint as each kind of user sees it (SPEC section 9): nobody logged in, an outsider, the
 * representatives of partners A and B, a coordinator, an appointed auditor, and the holders of the
 * global AUDITOR and ADMIN roles. Each row names a request and the status each user gets.
 * <p>
 * The setting ({@link Setting}): Cora coordinates partnership P with Dora; Carl represents A and Anna
 * B; Audrey audits P; Olaf holds no role anywhere. A proposal, a lesson and a pledge of A exist, A
 * attends a meeting, an indicator is adopted, and the contract is drafted. {@code {foreignProposal}} and {@code {foreignPledge}}
 * are a proposal and a pledge of another partnership. A request expected to
 * succeed runs on a setting of its own, so no row changes what another row sees.
 */
@RoundtableIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SecurityMatrixIT {

    /** The columns of the matrix; the empty name is a request without credentials. */
    static final List<String> USERS =
            List.of("", "olaf", "carl", "anna", "cora", "audrey", Api.GLOBAL_AUDITOR, Api.ADMIN);

    /** The request bodies the rows name. */
    static final Map<String, String> BODIES = Map.ofEntries(
            Map.entry("partnership", """
                    {"name": "Matrix {unique}", "purpose": "Who may do what", "decisionRule": {"method": "CONSENT"}}"""),
            Map.entry("partner", """
                    {"name": "Partner {unique}", "sector": "COMMUNITY", "representatives": ["rita"]}"""),
            Map.entry("reason", """
                    {"reason": "We leave"}"""),
            Map.entry("carl and dan", """
                    {"users": ["carl", "dan"]}"""),
            Map.entry("user ed", """
                    {"user": "ed"}"""),
            Map.entry("user dora", """
                    {"user": "dora"}"""),
            Map.entry("user audrey", """
                    {"user": "audrey"}"""),
            Map.entry("proposal of A", """
                    {"partnerId": "{A}", "kind": "OTHER", "title": "Meet monthly", "text": "Once a month"}"""),
            Map.entry("vote of A", """
                    {"partnerId": "{A}", "choice": "AGREE"}"""),
            Map.entry("vote of B", """
                    {"partnerId": "{B}", "choice": "DISAGREE"}"""),
            Map.entry("nothing", "{}"),
            Map.entry("terms", """
                    {"terms": "We share what we learn"}"""),
            Map.entry("signature of A", """
                    {"partnerId": "{A}", "version": 1, "signatory": "The mayor"}"""),
            Map.entry("lesson of A", """
                    {"partnerId": "{A}", "title": "Listen first", "text": "Residents knew"}"""),
            Map.entry("witness", """
                    {"name": "Mill's IT", "verifierKey": "PeterNeumann+c74f20a3+ARpc2QcUPDhMQegwxbzhKqiBfsVkmqq/LDE4izWy10TW"}"""),
            Map.entry("meeting", """
                    {"title": "Spring forum", "heldAt": "2026-03-02T18:00:00Z"}"""),
            Map.entry("attendance of A", """
                    {"partnerIds": ["{A}"]}"""),
            Map.entry("contribution of A", """
                    {"partnerId": "{A}", "seconds": 120}"""),
            Map.entry("pledge of A", """
                    {"partnerId": "{A}", "kind": "FUNDING", "amount": 1000, "unit": "EUR", "description": "Sampling"}"""),
            Map.entry("measurement of A", """
                    {"partnerId": "{A}", "value": 12.5, "observedAt": "2026-03-01T12:00:00Z"}"""),
            Map.entry("delivery", """
                    {"amount": 100}"""),
            Map.entry("lesson naming its actor", """
                    {"partnerId": "{A}", "title": "Listen first", "text": "Residents knew", "actor": "cora"}"""),
            Map.entry("over 64 KiB", """
                    {"partnerId": "{A}", "title": "Long", "text": "%s"}""".formatted("x".repeat(70_000))));

    @Autowired
    Api api;

    private Setting shared;
    private String foreignProposal;
    private String foreignPledge;

    @BeforeAll
    void setUp() {
        Api carl = api.as("carl");
        String foreign = api.as("cora").create("/api/partnerships", fill(BODIES.get("partnership"), Map.of()));
        String partner = api.as("cora").create(Roundtable.partnership(foreign) + "/partners", """
                {"name": "Elsewhere", "sector": "PUBLIC", "representatives": ["carl"]}""");
        foreignProposal = new Roundtable(carl).submit(foreign, partner, "OTHER", "Not yours", null);
        foreignPledge = new Roundtable(carl).pledge(foreign, partner, "FUNDING", "500", "EUR");
        shared = newSetting();
        shared.awaitViews();
    }

    @ParameterizedTest(name = "{0} {1} with {2}")
    @CsvSource(delimiter = '|', textBlock = """
            # method | path                                     | body                    | nobody | olaf | carl | anna | cora | audrey | gina | root
            # reads of the partnership: its members and the global roles
            GET      | /api/partnerships                        |                         | 401    | 200  | 200  | 200  | 200  | 200    | 200  | 200
            GET      | {P}                                      |                         | 401    | 404  | 200  | 200  | 200  | 200    | 200  | 200
            GET      | {P}?asOf={now}                           |                         | 401    | 404  | 200  | 200  | 200  | 200    | 200  | 200
            GET      | {P}/partners/{A}                         |                         | 401    | 404  | 200  | 200  | 200  | 200    | 200  | 200
            GET      | {P}/proposals/{proposal}                 |                         | 401    | 404  | 200  | 200  | 200  | 200    | 200  | 200
            GET      | {P}/proposals/{proposal}/trail           |                         | 401    | 404  | 200  | 200  | 200  | 200    | 200  | 200
            GET      | {P}/decisions                            |                         | 401    | 404  | 200  | 200  | 200  | 200    | 200  | 200
            GET      | {P}/agenda                               |                         | 401    | 404  | 200  | 200  | 200  | 200    | 200  | 200
            GET      | {P}/meetings                             |                         | 401    | 404  | 200  | 200  | 200  | 200    | 200  | 200
            GET      | {P}/lessons                              |                         | 401    | 404  | 200  | 200  | 200  | 200    | 200  | 200
            GET      | {P}/lessons/{lesson}                     |                         | 401    | 404  | 200  | 200  | 200  | 200    | 200  | 200
            GET      | {P}/events                               |                         | 401    | 404  | 200  | 200  | 200  | 200    | 200  | 200
            GET      | {P}/audit                                |                         | 401    | 404  | 200  | 200  | 200  | 200    | 200  | 200
            GET      | {P}/participation                        |                         | 401    | 404  | 200  | 200  | 200  | 200    | 200  | 200
            GET      | {P}/power-balance                        |                         | 401    | 404  | 200  | 200  | 200  | 200    | 200  | 200
            GET      | {P}/participation?loop=1&phase=MOBILIZE  |                         | 401    | 404  | 200  | 200  | 200  | 200    | 200  | 200
            GET      | {P}/power-balance?loop=1&phase=MOBILIZE  |                         | 401    | 404  | 200  | 200  | 200  | 200    | 200  | 200
            GET      | {P}/power-balance?loop=2&phase=SCALE     |                         | 401    | 404  | 404  | 404  | 404  | 404    | 404  | 404
            GET      | {P}/trends                               |                         | 401    | 404  | 200  | 200  | 200  | 200    | 200  | 200
            GET      | {P}/commitments                          |                         | 401    | 404  | 200  | 200  | 200  | 200    | 200  | 200
            GET      | {P}/checkpoint                           |                         | 401    | 404  | 200  | 200  | 200  | 200    | 200  | 200
            GET      | {P}/witnesses                            |                         | 401    | 404  | 200  | 200  | 200  | 200    | 200  | 200
            GET      | {P}/proofs/inclusion?sequence=1&treeSize=2 |                       | 401    | 404  | 200  | 200  | 200  | 200    | 200  | 200
            GET      | {P}/proofs/consistency?from=1&to=2       |                         | 401    | 404  | 200  | 200  | 200  | 200    | 200  | 200
            GET      | {P}/receipts/1                           |                         | 401    | 404  | 200  | 200  | 200  | 200    | 200  | 200
            GET      | {P}/meetings/{meeting}                   |                         | 401    | 404  | 200  | 200  | 200  | 200    | 200  | 200
            GET      | {P}/pledges/{pledge}                     |                         | 401    | 404  | 200  | 200  | 200  | 200    | 200  | 200
            GET      | {P}/indicators                           |                         | 401    | 404  | 200  | 200  | 200  | 200    | 200  | 200
            GET      | {P}/indicators/{indicator}               |                         | 401    | 404  | 200  | 200  | 200  | 200    | 200  | 200
            GET      | {P}/pledges/{foreignPledge}              |                         | 401    | 404  | 404  | 404  | 404  | 404    | 404  | 404
            GET      | {P}/proposals/{foreignProposal}          |                         | 401    | 404  | 404  | 404  | 404  | 404    | 404  | 404
            GET      | {P}/proposals/{foreignProposal}/trail    |                         | 401    | 404  | 404  | 404  | 404  | 404    | 404  | 404
            # what is open to anyone, and what only an ADMIN reaches
            GET      | /actuator/health                         |                         | 200    | 200  | 200  | 200  | 200  | 200    | 200  | 200
            GET      | /v3/api-docs                             |                         | 200    | 200  | 200  | 200  | 200  | 200    | 200  | 200
            GET      | /api/checkpoint-key                      |                         | 200    | 200  | 200  | 200  | 200  | 200    | 200  | 200
            GET      | /actuator/projections                    |                         | 401    | 403  | 403  | 403  | 403  | 403    | 403  | 200
            POST     | /actuator/projections/no-such-view       |                         | 401    | 403  | 403  | 403  | 403  | 403    | 403  | 404
            # anyone logged in forms a partnership, except an auditor of all of them
            POST     | /api/partnerships                        | partnership             | 401    | 201  | 201  | 201  | 201  | 201    | 403  | 201
            # the coordinators' acts; an ADMIN may appoint a coordinator, to recover a partnership
            POST     | {P}/partners                             | partner                 | 401    | 404  | 403  | 403  | 201  | 403    | 403  | 403
            POST     | {P}/coordinators                         | user ed                 | 401    | 404  | 403  | 403  | 204  | 403    | 403  | 204
            DELETE   | {P}/coordinators                         | user dora               | 401    | 404  | 403  | 403  | 204  | 403    | 403  | 403
            POST     | {P}/auditors                             | user ed                 | 401    | 404  | 403  | 403  | 204  | 403    | 403  | 403
            DELETE   | {P}/auditors                             | user audrey             | 401    | 404  | 403  | 403  | 204  | 403    | 403  | 403
            PUT      | {P}/partners/{A}/representatives         | carl and dan            | 401    | 404  | 403  | 403  | 204  | 403    | 403  | 403
            POST     | {P}/proposals/{proposal}/closure         | nothing                 | 401    | 404  | 403  | 403  | 200  | 403    | 403  | 403
            PUT      | {P}/contract                             | terms                   | 401    | 404  | 403  | 403  | 200  | 403    | 403  | 403
            POST     | {P}/meetings                             | meeting                 | 401    | 404  | 403  | 403  | 201  | 403    | 403  | 403
            POST     | {P}/witnesses                            | witness                 | 401    | 404  | 403  | 403  | 201  | 403    | 403  | 403
            POST     | {P}/meetings/{meeting}/attendance        | attendance of A         | 401    | 404  | 403  | 403  | 204  | 403    | 403  | 403
            POST     | {P}/meetings/{meeting}/contributions     | contribution of A       | 401    | 404  | 403  | 403  | 204  | 403    | 403  | 403
            # the acts of a partner, by its representatives only; a coordinator may also withdraw it
            POST     | {P}/proposals                            | proposal of A           | 401    | 404  | 201  | 403  | 403  | 403    | 403  | 403
            POST     | {P}/proposals/{proposal}/votes           | vote of A               | 401    | 404  | 204  | 403  | 403  | 403    | 403  | 403
            POST     | {P}/proposals/{proposal}/votes           | vote of B               | 401    | 404  | 403  | 204  | 403  | 403    | 403  | 403
            POST     | {P}/contract/signatures                  | signature of A          | 401    | 404  | 204  | 403  | 403  | 403    | 403  | 403
            POST     | {P}/lessons                              | lesson of A             | 401    | 404  | 201  | 403  | 403  | 403    | 403  | 403
            POST     | {P}/partners/{A}/withdrawal              | reason                  | 401    | 404  | 204  | 403  | 204  | 403    | 403  | 403
            POST     | {P}/pledges                              | pledge of A             | 401    | 404  | 201  | 403  | 403  | 403    | 403  | 403
            POST     | {P}/pledges/{pledge}/deliveries          | delivery                | 401    | 404  | 200  | 403  | 403  | 403    | 403  | 403
            POST     | {P}/pledges/{pledge}/withdrawal          | reason                  | 401    | 404  | 200  | 403  | 403  | 403    | 403  | 403
            POST     | {P}/indicators/{indicator}/measurements  | measurement of A        | 401    | 404  | 201  | 403  | 403  | 403    | 403  | 403
            # foreign and unknown ids
            POST     | {P}/proposals/{foreignProposal}/votes    | vote of A               | 401    | 404  | 404  | 403  | 403  | 403    | 403  | 403
            POST     | {P}/pledges/{foreignPledge}/deliveries   | delivery                | 401    | 404  | 404  | 404  | 404  | 404    | 403  | 404
            POST     | {unknown}/lessons                        | lesson of A             | 401    | 404  | 404  | 404  | 404  | 404    | 404  | 404
            # the hardening holds for every user: no body over 64 KiB, no field the server owns
            POST     | {P}/lessons                              | over 64 KiB             | 401    | 413  | 413  | 413  | 413  | 413    | 413  | 413
            POST     | {P}/lessons                              | lesson naming its actor | 401    | 400  | 400  | 400  | 400  | 400    | 400  | 400
            """)
    void eachUserGetsTheAnswerOfItsRole(
            String method,
            String path,
            String body,
            int nobody,
            int olaf,
            int carl,
            int anna,
            int cora,
            int audrey,
            int gina,
            int root) {
        List<Integer> expected = List.of(nobody, olaf, carl, anna, cora, audrey, gina, root);
        SoftAssertions.assertSoftly(softly -> {
            for (int column = 0; column < USERS.size(); column++) {
                String user = USERS.get(column);
                int status = expected.get(column);
                // A write that succeeds changes the partnership: it gets one of its own.
                Setting setting = status < 300 && !method.equals("GET") && path.contains("{P}") ? newSetting() : shared;
                Api client = user.isEmpty() ? api.anonymous() : api.as(user);
                Api.Response response = client.send(
                        method,
                        setting.fill(path),
                        body == null ? null : setting.fill(BODIES.get(body)),
                        body == null ? null : "application/json");
                softly.assertThat(response.status())
                        .as("%s %s as %s: %s", method, path, user.isEmpty() ? "nobody" : user, response.body())
                        .isEqualTo(status);
                // Every refusal is a problem; only the actuator answers its unknown view in its own JSON.
                boolean actuatorsOwn = path.startsWith("/actuator/projections/") && status == 404;
                if (status >= 400 && response.status() == status && !actuatorsOwn) {
                    softly.assertThatCode(() -> response.problem(status)).doesNotThrowAnyException();
                }
            }
        });
    }

    /** An outsider learns nothing: a partnership it has no role in answers exactly as one that does not exist. */
    @Test
    void anOutsiderSeesTheSameProblemAsForAPartnershipThatDoesNotExist() {
        Api olaf = api.as("olaf");
        String unknown = Roundtable.partnership(UUID.randomUUID().toString());

        for (String read : List.of("", "/lessons", "/events", "/audit")) {
            JsonNode hidden =
                    olaf.get(shared.fill("{P}") + read).problem(404, "PARTNERSHIP_NOT_FOUND", "partnershipId");
            JsonNode absent = olaf.get(unknown + read).problem(404, "PARTNERSHIP_NOT_FOUND", "partnershipId");
            assertThat(hidden.path("detail")).isEqualTo(absent.path("detail"));
        }
        JsonNode refused = olaf.post(shared.fill("{P}/lessons"), shared.fill(BODIES.get("lesson of A")))
                .problem(404, "PARTNERSHIP_NOT_FOUND", "partnershipId");
        JsonNode absent = olaf.post(unknown + "/lessons", shared.fill(BODIES.get("lesson of A")))
                .problem(404, "PARTNERSHIP_NOT_FOUND", "partnershipId");
        assertThat(refused.path("detail")).isEqualTo(absent.path("detail"));
    }

    /** The list shows a user the partnerships it belongs to; the holders of a global role see them all. */
    @Test
    void theListShowsOnlyThePartnershipsAUserBelongsTo() {
        String partnership = shared.fill("{P}").substring("/api/partnerships/".length());

        assertThat(listed(api.as("olaf"))).doesNotContain(partnership);
        assertThat(listed(api.as("audrey"))).contains(partnership);
        assertThat(listed(api.as("anna"))).contains(partnership);
        assertThat(listed(api.as(Api.GLOBAL_AUDITOR))).contains(partnership);
        assertThat(listed(api.as(Api.ADMIN))).contains(partnership);
        assertThat(api.as(Api.ADMIN)
                        .get("/api/partnerships?size=1")
                        .json()
                        .path("totalItems")
                        .asLong())
                .isGreaterThan(api.as("anna")
                        .get("/api/partnerships?size=1")
                        .json()
                        .path("totalItems")
                        .asLong());
    }

    private static List<String> listed(Api client) {
        return client.get("/api/partnerships?size=100").json().path("items").findValuesAsText("id");
    }

    private String fill(String template, Map<String, String> values) {
        String filled = template.replace("{unique}", UUID.randomUUID().toString())
                .replace("{now}", Instant.now().toString())
                .replace("{unknown}", Roundtable.partnership(UUID.randomUUID().toString()));
        if (foreignProposal != null) {
            filled = filled.replace("{foreignProposal}", foreignProposal).replace("{foreignPledge}", foreignPledge);
        }
        for (Map.Entry<String, String> value : values.entrySet()) {
            filled = filled.replace("{" + value.getKey() + "}", value.getValue());
        }
        return filled;
    }

    /**
     * The partnership of the class comment, built by Cora and Carl through the API as any client
     * would; its ids by their placeholders, {@code {P}} being the partnership's path.
     */
    private Setting newSetting() {
        Api cora = api.as("cora");
        Api carl = api.as("carl");
        String partnership = cora.create("/api/partnerships", fill(BODIES.get("partnership"), Map.of()));
        String path = Roundtable.partnership(partnership);
        assertThat(cora.post(path + "/coordinators", BODIES.get("user dora")).status())
                .isEqualTo(204);
        String a = cora.create(path + "/partners", """
                {"name": "City Hall", "sector": "PUBLIC", "representatives": ["carl"]}""");
        String b = cora.create(path + "/partners", """
                {"name": "Acme Water", "sector": "PRIVATE", "representatives": ["anna"]}""");
        assertThat(cora.post(path + "/auditors", BODIES.get("user audrey")).status())
                .isEqualTo(204);
        String proposal = new Roundtable(carl).submit(partnership, a, "OBJECTIVE", "Swim again", null);
        String lesson = new Roundtable(carl).logLesson(partnership, a, null, "Listen first");
        String meeting = new Roundtable(cora).recordMeeting(partnership, "Spring forum", "2026-03-02T18:00:00Z");
        assertThat(new Roundtable(cora).attend(partnership, meeting, a).status())
                .isEqualTo(204);
        String pledge = new Roundtable(carl).pledge(partnership, a, "FUNDING", "1000", "EUR");
        String indicator = carl.create(path + "/proposals", """
                {"partnerId": "%s", "kind": "INDICATOR", "title": "Count swimmable days", "text": "From 10 to 60",
                 "indicator": {"name": "Swimmable days", "unit": "days", "baseline": 10, "target": 60}}""".formatted(a));
        new Roundtable(carl).voteAccepted(partnership, indicator, a, "AGREE");
        new Roundtable(api.as("anna")).voteAccepted(partnership, indicator, b, "AGREE");
        assertThat(new Roundtable(cora)
                        .close(partnership, indicator)
                        .path("outcome")
                        .asText())
                .isEqualTo("ADOPTED");
        Api.Response drafted = cora.put(path + "/contract", BODIES.get("terms"));
        assertThat(drafted.status()).isEqualTo(200);
        return new Setting(
                Map.of(
                        "P",
                        path,
                        "A",
                        a,
                        "B",
                        b,
                        "proposal",
                        proposal,
                        "lesson",
                        lesson,
                        "meeting",
                        meeting,
                        "pledge",
                        pledge,
                        "indicator",
                        indicator),
                drafted.sequence());
    }

    private final class Setting {

        private final Map<String, String> ids;
        private final long sequence;

        Setting(Map<String, String> ids, long sequence) {
            this.ids = ids;
            this.sequence = sequence;
        }

        String fill(String template) {
            return SecurityMatrixIT.this.fill(template, ids);
        }

        /** Until every view shows the whole setting, read as its coordinator: the rows read without waiting. */
        void awaitViews() {
            Api cora = api.as("cora");
            for (String read : List.of(
                    "{P}",
                    "{P}/proposals/{proposal}",
                    "{P}/lessons/{lesson}",
                    "{P}/participation",
                    "{P}/power-balance",
                    "{P}/trends",
                    "{P}/commitments",
                    "{P}/meetings/{meeting}",
                    "{P}/pledges/{pledge}",
                    "{P}/indicators/{indicator}")) {
                Api.Response response = cora.get(fill(read) + "?minSequence=" + sequence);
                assertThat(response.status())
                        .as("%s answered %s", read, response.body())
                        .isEqualTo(200);
            }
        }
    }
}
