package org.roundtable.server.pages;

import static org.assertj.core.api.Assertions.assertThat;
import static org.roundtable.server.support.Roundtable.partnership;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
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
 * The pages' login through an OIDC provider, in a real browser against a real provider over HTTP (a
 * {@link TestIdentityProvider}, configured as a deployment configures its own: a client registration for
 * the pages, the issuer for the API's bearer tokens): the login page links to the provider, whose user
 * comes back logged in under the name and global roles its tokens give, sees the partnerships that name
 * holds a role in, and acts as that name. The login form and HTTP Basic keep working beside it. A context
 * of its own, on the embedded PostgreSQL and closed after the class, because the shared one has no
 * provider to log in at.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"spring.datasource.url=", "roundtable.embedded.persistent=false"})
@ActiveProfiles("it")
@DirtiesContext
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OidcLoginIT {

    private static final TestTokens TOKENS = new TestTokens();
    private static final TestIdentityProvider PROVIDER = new TestIdentityProvider(TOKENS);
    private static final String PROVIDER_NAME = "Test ID";
    private static final ObjectMapper JSON = new ObjectMapper();

    @DynamicPropertySource
    static void provider(DynamicPropertyRegistry properties) {
        // Boot reads the provider's discovery document as it builds the client registration, at startup.
        PROVIDER.start();
        String registration = "spring.security.oauth2.client.registration.roundtable.";
        properties.add(registration + "client-id", () -> TestIdentityProvider.CLIENT_ID);
        properties.add(registration + "client-secret", () -> TestIdentityProvider.CLIENT_SECRET);
        properties.add(registration + "client-name", () -> PROVIDER_NAME);
        properties.add(registration + "scope", () -> "openid,profile");
        properties.add("spring.security.oauth2.client.provider.roundtable.issuer-uri", PROVIDER::issuer);
        properties.add("spring.security.oauth2.resourceserver.jwt.issuer-uri", PROVIDER::issuer);
    }

    @LocalServerPort
    int port;

    TestBrowser browser;

    @BeforeAll
    void openTheBrowser() {
        browser = new TestBrowser(port);
    }

    @AfterEach
    void noPageThrewAScriptError() {
        // A redirect the content security policy refused would be logged here too.
        assertThat(browser.takeScriptErrors()).as("script and console errors").isEmpty();
    }

    @AfterAll
    void closeTheBrowserAndTheProvider() {
        browser.close();
        PROVIDER.close();
    }

    @Test
    void aUserLogsInThroughTheProviderAndActsUnderTheNameItsTokensGive() {
        Api cora = new Api(port).as("cora");
        String partnershipId = formPartnership(cora, "carl");
        String name = cora.get(partnership(partnershipId)).json().get("name").asText();

        Page carl = logInThroughTheProvider("carl", List.of());
        assertThat(carl.locator("header .user").textContent()).isEqualTo("Logged in as carl");
        carl.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(name)).click();
        carl.locator("#proposal-title").fill("Monthly water samples");
        carl.locator("#proposal-text").fill("Each partner takes samples once a month");
        carl.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Submit the proposal"))
                .click();
        assertThat(carl.locator("h1").textContent()).isEqualTo("Monthly water samples");
        carl.getByLabel("Agree", new Page.GetByLabelOptions().setExact(true)).check();
        carl.getByRole(
                        AriaRole.BUTTON,
                        new Page.GetByRoleOptions().setName("Vote").setExact(true))
                .click();
        assertThat(carl.locator("#tally td[data-choice=AGREE]").textContent()).isEqualTo("1");

        List<JsonNode> events = events(cora, partnershipId);
        assertThat(events)
                .filteredOn(event -> List.of("ProposalSubmitted", "VoteCast")
                        .contains(event.get("type").asText()))
                .extracting(event -> event.get("metaData").get("actor").asText())
                .containsExactly("carl", "carl");
    }

    @Test
    void aUserWhomTheProviderGivesTheAuditorRoleSeesEveryPartnership() {
        Api cora = new Api(port).as("cora");
        List<String> names = List.of(formPartnership(cora, "carl"), formPartnership(cora, "anna")).stream()
                .map(id -> cora.get(partnership(id)).json().get("name").asText())
                .toList();

        Page ida = logInThroughTheProvider("ida", List.of("AUDITOR"));
        assertThat(ida.locator("main").textContent()).contains(names);
        Page otto = logInThroughTheProvider("otto", List.of("PRESIDENT"));
        assertThat(otto.locator("main").textContent()).doesNotContain(names);
    }

    @Test
    void theLoginPageOffersTheProviderAndTheFormInBothLanguages() {
        Page page = browser.window();
        page.navigate("/login");
        TestBrowser.assertAccessible(page);
        Page dutch = browser.window("nl-NL");
        dutch.navigate("/login");
        assertThat(dutch.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Inloggen met " + PROVIDER_NAME))
                        .getAttribute("href"))
                .isEqualTo("/oauth2/authorization/roundtable");
        TestBrowser.assertAccessible(dutch);

        Page cora = browser.loggedIn("cora");
        assertThat(cora.locator("header .user").textContent()).isEqualTo("Logged in as cora");
    }

    @Test
    void aLoginTheProviderRefusesIsShownInItsOwnWords() {
        PROVIDER.willRefuse();
        Page page = browser.window();
        page.navigate("/");
        providerLink(page).click();
        page.waitForURL(url -> url.endsWith("/login?provider-error"));
        assertThat(page.getByRole(AriaRole.ALERT).textContent())
                .startsWith("The login through the identity provider did not succeed.");
        assertThat(page.locator("header .user").count()).isZero();
    }

    @Test
    void theApiKeepsHttpBasicAndBearerTokensAndNeverSendsAClientToTheProvider() {
        Api api = new Api(port);
        assertThat(api.as("cora").get("/api/partnerships").status()).isEqualTo(200);
        String token = TOKENS.token(
                TestIdentityProvider.subjectOf("carl"), Map.of("iss", PROVIDER.issuer(), "preferred_username", "carl"));
        assertThat(api.bearing(token).get("/api/partnerships").status()).isEqualTo(200);
        api.anonymous().get("/api/partnerships").problem(401, "UNAUTHENTICATED");
    }

    /** A window whose user logged in at the provider as {@code user} with {@code roles}, on the list. */
    private Page logInThroughTheProvider(String user, List<String> roles) {
        PROVIDER.willLogIn(user, roles);
        Page page = browser.window();
        page.navigate("/");
        assertThat(page.url()).endsWith("/login");
        providerLink(page).click();
        // Spring Security sends the user back to the page first asked for, marked "?continue".
        String home = "http://localhost:" + port + "/";
        page.waitForURL(url -> url.equals(home) || url.startsWith(home + "?"));
        assertThat(page.locator("header .user").textContent()).isEqualTo("Logged in as " + user);
        return page;
    }

    private static com.microsoft.playwright.Locator providerLink(Page page) {
        return page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Log in with " + PROVIDER_NAME));
    }

    /** Cora forms a partnership and admits one partner, whom {@code representative} represents. */
    private static String formPartnership(Api cora, String representative) {
        String id = cora.create("/api/partnerships", """
                {"name": "Clean river %s", "purpose": "Stop the pollution of the river",
                 "decisionRule": {"method": "CONSENT"}}""".formatted(UUID.randomUUID()));
        cora.create(partnership(id) + "/partners", """
                {"name": "City Hall", "sector": "PUBLIC", "representatives": ["%s"]}""".formatted(representative));
        return id;
    }

    private static List<JsonNode> events(Api reader, String partnershipId) {
        return reader.get(partnership(partnershipId) + "/events")
                .body()
                .lines()
                .map(line -> {
                    try {
                        return JSON.readTree(line);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                })
                .toList();
    }
}
