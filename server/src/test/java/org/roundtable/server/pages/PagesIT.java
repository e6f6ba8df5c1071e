package org.roundtable.server.pages;

import static org.assertj.core.api.Assertions.assertThat;
import static org.roundtable.server.support.Roundtable.partnership;
import static org.roundtable.server.support.Roundtable.proposal;

import com.fasterxml.jackson.databind.JsonNode;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.AriaRole;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.roundtable.audit.tlog.Checkpoint;
import org.roundtable.audit.tlog.NoteVerifier;
import org.roundtable.audit.tlog.SignedNote;
import org.roundtable.server.support.Api;
import org.roundtable.server.support.RoundtableIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The web pages in a real browser, as their users meet them: a coordinator forms a partnership and runs a
 * meeting, a representative votes and changes its vote, an auditor reads and verifies, an outsider sees
 * nothing. Every page they open must pass axe-core's WCAG 2.1 AA rules with no serious or critical
 * violation and throw no script error; every figure the pages show must be the API's.
 */
@RoundtableIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PagesIT {

    @Autowired
    Api api;

    @LocalServerPort
    int port;

    TestBrowser browser;

    @BeforeAll
    void openTheBrowser() {
        browser = new TestBrowser(port);
    }

    @AfterEach
    void noPageThrewAScriptError() {
        assertThat(browser.takeScriptErrors()).as("script and console errors").isEmpty();
    }

    @AfterAll
    void closeTheBrowser() {
        browser.close();
    }

    @Test
    void aCoordinatorFormsAPartnershipAdmitsPartnersAndKeepsTheSpeakingList() {
        Page cora = browser.loggedIn("cora");
        TestBrowser.assertAccessible(cora);
        String name = "Clean river " + UUID.randomUUID();
        cora.locator("#name").fill(name);
        cora.locator("#purpose").fill("Stop the pollution of the river");
        cora.locator("#method").selectOption("CONSENT");
        cora.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Form the partnership"))
                .click();
        assertThat(cora.locator("h1").textContent()).isEqualTo(name);
        admit(cora, "City Hall", "PUBLIC", "carl");
        admit(cora, "Acme", "PRIVATE", "anna");
        admit(cora, "Residents", "COMMUNITY", "cora");
        assertThat(cora.locator("#partners tbody th").allTextContents())
                .containsExactly("City Hall", "Acme", "Residents");
        TestBrowser.assertAccessible(cora);

        cora.locator("#meeting-title").fill("Kick-off");
        cora.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Record and open the meeting"))
                .click();
        assertThat(cora.locator("h1").textContent()).isEqualTo("Kick-off");
        cora.getByLabel("City Hall").check();
        cora.getByLabel("Acme").check();
        cora.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Record attendance"))
                .click();
        assertThat(cora.locator("#attendees li").allTextContents()).containsExactly("City Hall", "Acme");

        act(cora, "City Hall starts speaking");
        assertThat(cora.locator("#speaking-now").textContent()).startsWith("City Hall has been speaking since");
        TestBrowser.assertAccessible(cora);
        cora.waitForTimeout(1_100);
        act(cora, "Acme starts speaking");
        assertThat(cora.locator("#speaking-now").textContent()).startsWith("Acme has been speaking since");
        act(cora, "Acme stops speaking");
        assertThat(cora.locator("#turns li").allTextContents())
                .hasSize(2)
                .first()
                .asString()
                .matches("City Hall: [1-9][0-9]* seconds");
        assertThat(cora.locator("#speaking-now").count()).isZero();

        String partnershipId = cora.url().split("/")[4];
        JsonNode participation = api.as("cora")
                .get(partnership(partnershipId) + "/participation")
                .json();
        for (JsonNode partner : participation.get("partners")) {
            Locator row = cora.locator(
                    "#speakers tbody tr",
                    new Page.LocatorOptions().setHasText(partner.get("name").asText()));
            assertThat(row.locator("td").nth(1).textContent())
                    .isEqualTo(percent(partner.get("speakingShare").asDouble()));
        }
        assertThat(cora.locator("#speakers tbody tr", new Page.LocatorOptions().setHasText("Residents"))
                        .textContent())
                .contains("Not attending");
    }

    @Test
    void aRepresentativeVotesFromThePageAndTheTrailKeepsTheBlockItLifted() {
        Setting p = setting();
        Page carl = browser.loggedIn("carl");
        carl.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(p.name()))
                .click();
        carl.locator("#proposal-title").fill("Monthly water samples");
        carl.locator("#proposal-text").fill("Each partner takes samples once a month");
        carl.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Submit the proposal"))
                .click();
        assertThat(carl.locator("h1").textContent()).isEqualTo("Monthly water samples");
        String proposalId = carl.url().split("/")[6].split("\\?")[0];

        vote(carl, "Block", "Not before the budget is agreed");
        assertThat(tally(carl, "BLOCK")).isEqualTo("1");
        TestBrowser.assertAccessible(carl);
        assertThat(api.as("anna")
                        .post(proposal(p.id(), proposalId) + "/votes", """
                        {"partnerId": "%s", "choice": "AGREE"}""".formatted(p.acme()))
                        .status())
                .isEqualTo(204);
        vote(carl, "Agree", "The budget is agreed");
        assertThat(tally(carl, "AGREE")).isEqualTo("2");
        assertThat(tally(carl, "BLOCK")).isEqualTo("0");

        Locator trail = carl.locator("#trail tbody tr");
        assertThat(trail.evaluateAll("rows => rows.map(row => row.dataset.type)"))
                .isEqualTo(List.of("ProposalSubmitted", "VoteCast", "VoteCast", "VoteChanged"));
        assertThat(trail.nth(1).textContent())
                .contains("City Hall voted Block", "Not before the budget is agreed", "carl")
                .contains("0 agree, 0 abstain, 0 disagree, 1 block (1 of 3 voted)");
        assertThat(trail.nth(3).textContent())
                .contains("City Hall changed its vote from Block to Agree")
                .contains("2 agree, 0 abstain, 0 disagree, 0 block (2 of 3 voted)");
        TestBrowser.screenshot(carl, "proposal");

        carl.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(p.name()))
                .first()
                .click();
        JsonNode participation =
                api.as("carl").get(partnership(p.id()) + "/participation").json();
        for (JsonNode partner : participation.get("partners")) {
            String share = carl.locator("#participation tr[data-partner='"
                            + partner.get("partnerId").asText() + "'] .voice-share")
                    .textContent();
            assertThat(share).isEqualTo(percent(partner.get("voiceShare").asDouble()));
        }
        assertThat(carl.locator("#voice-gini").textContent())
                .isEqualTo(String.format(
                        Locale.ENGLISH, "%.2f", participation.get("voiceGini").asDouble()));
        TestBrowser.assertAccessible(carl);
        carl.locator("#participation")
                .screenshot(new Locator.ScreenshotOptions()
                        .setPath(java.nio.file.Paths.get("target", "screenshots", "participation.png")));
    }

    /** Carl records a measurement from the page; the indicator shows its figures beside the line of them. */
    @Test
    void aRepresentativeMeasuresAnIndicatorAndSeesItsProgress() {
        Setting p = setting();
        Api carlsApi = api.as("carl");
        String days = swimmableDays(p);
        assertThat(carlsApi.post(partnership(p.id()) + "/indicators/" + days + "/measurements", """
                        {"partnerId": "%s", "value": 20, "observedAt": "2025-04-01T00:00:00Z"}""".formatted(p.acme()))
                        .status())
                .isEqualTo(403);

        Page carl = browser.loggedIn("carl");
        carl.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(p.name()))
                .click();
        Locator indicator = carl.locator("#indicators article[data-indicator='" + days + "']");
        assertThat(indicator.locator(".progress").textContent()).isEqualTo("not measured yet");
        indicator.getByLabel("Value").fill("35");
        indicator.getByLabel("Observed at (UTC)").fill("2025-05-01T00:00");
        act(carl, "Record the measurement");

        indicator = carl.locator("#indicators article[data-indicator='" + days + "']");
        assertThat(indicator.locator(".latest").textContent()).isEqualTo("35");
        assertThat(indicator.locator(".progress").textContent()).isEqualTo(percent(0.5));
        assertThat(indicator.locator("polyline").count()).isEqualTo(1);
        assertThat(indicator.locator(".history tbody tr").textContent()).contains("City Hall");
        TestBrowser.assertAccessible(carl);
        carl.locator("#indicators")
                .screenshot(new Locator.ScreenshotOptions()
                        .setPath(java.nio.file.Paths.get("target", "screenshots", "indicators.png")));
    }

    /**
     * The partnership adopts "swimmable days" (10 to 60), City Hall measures 35, and the partnership moves to
     * Co-develop and Pilot-test; its move to Scale cites the indicator and is adopted, but the gate stays shut
     * at a progress of 50 %. The proposal shows what its voters saw and the gate; the partnership's page shows
     * a row and a dot per loop and phase, with the API's figures.
     */
    @Test
    void aMoveToScaleShowsItsEvidenceAndGateAndTheTrendsEachPhase() {
        Setting p = setting();
        Api carlsApi = api.as("carl");
        String days = swimmableDays(p);
        assertThat(carlsApi.post(partnership(p.id()) + "/indicators/" + days + "/measurements", """
                        {"partnerId": "%s", "value": 35, "observedAt": "2025-05-01T00:00:00Z"}""".formatted(
                                        p.cityHall()))
                        .status())
                .isEqualTo(201);
        for (String phase : List.of("CO_DEVELOP", "PILOT_TEST")) {
            adopt(p, carlsApi.create(partnership(p.id()) + "/proposals", """
                    {"partnerId": "%s", "kind": "PHASE_CHANGE", "title": "Move on", "text": "Next phase",
                     "targetPhase": "%s"}""".formatted(p.cityHall(), phase)));
        }
        String scale = carlsApi.create(partnership(p.id()) + "/proposals", """
                {"partnerId": "%s", "kind": "PHASE_CHANGE", "title": "Scale up", "text": "Roll out",
                 "targetPhase": "SCALE", "evidence": ["%s"]}""".formatted(p.cityHall(), days));
        adopt(p, scale);
        JsonNode trends = carlsApi.awaitView(
                        partnership(p.id()) + "/trends",
                        shown -> shown.path("segments").size() == 3)
                .path("segments");

        Page carl = browser.loggedIn("carl");
        carl.navigate("/partnerships/" + p.id() + "/proposals/" + scale);
        Locator evidence = carl.locator("#evidence tbody tr[data-indicator='" + days + "']");
        assertThat(evidence.locator("th").textContent()).isEqualTo("Swimmable days");
        assertThat(evidence.locator(".value").textContent()).isEqualTo("35 days");
        assertThat(evidence.locator(".progress").textContent()).isEqualTo(percent(0.5));
        assertThat(carl.locator("#gate-verdict").textContent()).startsWith("Not met");
        Locator gated = carl.locator("#gate tbody tr[data-indicator='" + days + "']");
        assertThat(gated.locator(".progress").textContent()).isEqualTo(percent(0.5));
        assertThat(gated.locator("td").last().textContent()).isEqualTo("no");
        TestBrowser.assertAccessible(carl);

        carl.navigate("/partnerships/" + p.id());
        assertThat(carl.locator("#loop").textContent()).isEqualTo("1");
        assertThat(carl.locator("#trend-figures tbody th").allTextContents())
                .containsExactly("1 · Mobilize", "1 · Co-develop", "1 · Pilot and test");
        assertThat(carl.locator("#trends svg circle").count()).isEqualTo(3);
        assertThat(carl.locator("#trends svg text.segment").allTextContents())
                .containsExactly("1 · Mobilize", "1 · Co-develop", "1 · Pilot and test");
        for (JsonNode segment : trends) {
            Locator row = carl.locator("#trend-figures tr[data-segment='"
                    + segment.path("loop").asInt() + "-" + segment.path("phase").asText() + "']");
            assertThat(row.locator(".voice-gini").textContent())
                    .isEqualTo(String.format(
                            Locale.ENGLISH, "%.2f", segment.path("voiceGini").asDouble()));
            assertThat(row.locator(".turnout").textContent())
                    .isEqualTo(percent(segment.path("turnout").asDouble()));
        }
        TestBrowser.assertAccessible(carl);
        carl.locator("#trends")
                .screenshot(new Locator.ScreenshotOptions()
                        .setPath(java.nio.file.Paths.get("target", "screenshots", "trends.png")));
    }

    @Test
    void aRefusalIsShownInPlainWordsOnThePageItCameFrom() {
        Setting p = setting();
        api.as("cora").put(partnership(p.id()) + "/contract", """
                {"terms": "We share our river data"}""");
        Page carl = browser.loggedIn("carl");
        carl.navigate("/partnerships/" + p.id());
        // Meanwhile the coordinator redrafts: the version on carl's page is no longer the current one.
        assertThat(api.as("cora").put(partnership(p.id()) + "/contract", """
                        {"terms": "We share our river data and our samples"}""").status())
                .isLessThan(300);
        carl.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign version 1 for City Hall"))
                .click();
        Locator refused = carl.getByRole(AriaRole.ALERT);
        assertThat(refused.textContent()).contains("Not done:").containsIgnoringCase("version");
        assertThat(carl.content()).doesNotContain("\"code\"").doesNotContain("Exception");
        assertThat(carl.url()).endsWith("/partnerships/" + p.id());
        TestBrowser.assertAccessible(carl);
    }

    @Test
    void anAuditorReadsAndVerifiesButHasNothingToActWith() {
        Setting p = setting();
        assertThat(api.as("cora").post(partnership(p.id()) + "/auditors", """
                        {"user": "audrey"}""").status())
                .isEqualTo(204);
        Page audrey = browser.loggedIn("audrey");
        audrey.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(p.name()))
                .click();
        assertThat(audrey.locator("main form[method=post]").count()).isZero();
        assertThat(audrey.locator("main").textContent()).contains("you read only");

        audrey.getByRole(
                        AriaRole.LINK,
                        new Page.GetByRoleOptions().setName("Audit").setExact(true))
                .click();
        assertThat(audrey.locator("#audit-verdict").textContent()).startsWith("Intact");
        TestBrowser.assertAccessible(audrey);
        String export = audrey.request()
                .get(audrey.locator("#export").getAttribute("href"))
                .text();
        long events = api.as("audrey")
                .get(partnership(p.id()) + "/audit")
                .json()
                .get("eventsChecked")
                .asLong();
        assertThat(export.lines().count()).isEqualTo(events).isPositive();

        // The latest checkpoint covers every event the export holds, no witness has cosigned it yet, and the
        // file to download is the note the API serves, which the server's published key verifies.
        assertThat(Long.parseLong(audrey.locator("#checkpoint-size").textContent()))
                .isEqualTo(events);
        assertThat(audrey.locator("#cosigners").textContent()).isEqualTo("No witness yet");
        String note = audrey.request()
                .get(audrey.locator("#checkpoint-download").getAttribute("href"))
                .text();
        assertThat(note)
                .isEqualTo(api.as("audrey")
                        .get(partnership(p.id()) + "/checkpoint")
                        .body());
        assertThat(Checkpoint.open(
                                SignedNote.parse(note),
                                NoteVerifier.parse(api.anonymous()
                                        .get("/api/checkpoint-key")
                                        .body()
                                        .strip()))
                        .rootHash()
                        .base64())
                .isEqualTo(audrey.locator("#checkpoint-root").textContent());

        audrey.locator("#as-of").fill("2020-01-01T00:00");
        Response before = audrey.waitForNavigation(
                () -> audrey.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Show it"))
                        .click());
        assertThat(before.status()).isEqualTo(404);
        TestBrowser.assertAccessible(audrey);
    }

    @Test
    void anOutsiderSeesNoPartnershipAndTheSame404AsTheApi() {
        Setting p = setting();
        Page olaf = browser.loggedIn("olaf");
        assertThat(olaf.locator("main").textContent()).doesNotContain(p.name());
        Response response = olaf.navigate("/partnerships/" + p.id());
        assertThat(response.status()).isEqualTo(404);
        assertThat(olaf.locator("h1").textContent()).isEqualTo("This page cannot be shown");
        assertThat(api.as("olaf").get(partnership(p.id())).status()).isEqualTo(404);
        TestBrowser.assertAccessible(olaf);
    }

    @Test
    void thePagesSpeakTheBrowsersLanguageAndSwitchOnRequest() {
        Page page = browser.window("nl-NL");
        page.navigate("/login");
        assertThat(page.locator("h1").textContent()).isEqualTo("Inloggen");
        assertThat(page.locator("html").getAttribute("lang")).isEqualTo("nl");
        TestBrowser.assertAccessible(page);
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("English"))
                .click();
        assertThat(page.locator("h1").textContent()).isEqualTo("Log in");
        assertThat(page.locator("html").getAttribute("lang")).isEqualTo("en");
    }

    @Test
    void theFirstTabLeadsToTheContentAndEveryControlIsReachedByKeyboard() {
        Page carl = browser.loggedIn("carl");
        carl.keyboard().press("Tab");
        assertThat(carl.evaluate("document.activeElement.textContent")).isEqualTo("Skip to the content");
        carl.keyboard().press("Enter");
        // The skip link's hash navigation lands after the key press returns: wait for it (or time out).
        carl.waitForURL(Pattern.compile(".*#main$"));
        assertThat(carl.url()).endsWith("#main");
        assertThat(carl.locator("main [onclick], main [tabindex='-1'], main div[role=button]")
                        .count())
                .as("no control that only a mouse can use")
                .isZero();
    }

    @Test
    void aWrongPasswordIsRefusedAndAFormWithoutItsCsrfTokenToo() {
        Page page = browser.window();
        page.navigate("/login");
        page.getByLabel("User name").fill("carl");
        page.getByLabel("Password").fill("not-carls");
        page.locator("main button[type=submit]").click();
        assertThat(page.getByRole(AriaRole.ALERT).textContent()).isEqualTo("Wrong user name or password.");
        assertThat(page.request().post("/partnerships").status()).isEqualTo(403);
        Response login = page.navigate("/login");
        assertThat(login.headers().get("content-security-policy")).contains("default-src 'self'");
    }

    private void admit(Page coordinator, String name, String sector, String representative) {
        coordinator.locator("#partner-name").fill(name);
        coordinator.locator("#partner-sector").selectOption(sector);
        coordinator.locator("#partner-representatives").fill(representative);
        coordinator
                .getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Admit the partner"))
                .click();
    }

    private static void vote(Page representative, String choice, String rationale) {
        representative
                .getByLabel(choice, new Page.GetByLabelOptions().setExact(true))
                .check();
        representative.getByLabel("Rationale (optional)").fill(rationale);
        representative
                .getByRole(
                        AriaRole.BUTTON,
                        new Page.GetByRoleOptions().setName("Vote").setExact(true))
                .click();
    }

    private static String tally(Page page, String choice) {
        return page.locator("#tally td[data-choice=" + choice + "]").textContent();
    }

    /** Clicks the button that sends an act, and waits until the page it leads to shows the act. */
    private static void act(Page page, String button) {
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(button))
                .click();
        TestBrowser.settle(page);
    }

    /** City Hall proposes the indicator "swimmable days", from 10 to 60, and the partnership adopts it. */
    private String swimmableDays(Setting p) {
        String days = api.as("carl").create(partnership(p.id()) + "/proposals", """
                {"partnerId": "%s", "kind": "INDICATOR", "title": "Count swimmable days", "text": "From 10 to 60",
                 "indicator": {"name": "Swimmable days", "unit": "days", "baseline": 10, "target": 60}}""".formatted(p.cityHall()));
        adopt(p, days);
        // The page shows what the views hold: wait until the indicators view has the adoption.
        api.as("carl")
                .awaitView(
                        partnership(p.id()) + "/indicators",
                        list -> list.path("indicators").size() == 1);
        return days;
    }

    /** Every partner agrees through its representative, and the coordinator closes the proposal. */
    private void adopt(Setting p, String proposalId) {
        List<String> voters = List.of("carl", "anna", "cora");
        List<String> partners = List.of(p.cityHall(), p.acme(), p.residents());
        for (int voter = 0; voter < voters.size(); voter++) {
            assertThat(api.as(voters.get(voter))
                            .post(proposal(p.id(), proposalId) + "/votes", """
                            {"partnerId": "%s", "choice": "AGREE"}""".formatted(partners.get(voter)))
                            .status())
                    .isEqualTo(204);
        }
        assertThat(api.as("cora")
                        .post(proposal(p.id(), proposalId) + "/closure", "{}")
                        .status())
                .isEqualTo(200);
    }

    private static String percent(double share) {
        return String.format(Locale.ENGLISH, "%.1f %%", share * 100);
    }

    /** Cora coordinates a partnership in which Carl represents City Hall, Anna Acme and Cora the Residents. */
    private Setting setting() {
        Api cora = api.as("cora");
        String name = "Clean river " + UUID.randomUUID();
        String id = cora.create("/api/partnerships", """
                {"name": "%s", "purpose": "Stop the pollution of the river", "decisionRule": {"method": "CONSENT"}}""".formatted(name));
        String cityHall = admit(cora, id, "City Hall", "PUBLIC", "carl");
        String acme = admit(cora, id, "Acme", "PRIVATE", "anna");
        String residents = admit(cora, id, "Residents", "COMMUNITY", "cora");
        return new Setting(id, name, cityHall, acme, residents);
    }

    private static String admit(Api coordinator, String partnershipId, String name, String sector, String user) {
        return coordinator.create(partnership(partnershipId) + "/partners", """
                {"name": "%s", "sector": "%s", "representatives": ["%s"]}""".formatted(name, sector, user));
    }

    private record Setting(String id, String name, String cityHall, String acme, String residents) {}
}
