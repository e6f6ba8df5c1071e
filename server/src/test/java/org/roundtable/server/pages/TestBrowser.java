package org.roundtable.server.pages;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.Browser.NewContextOptions;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A real browser for the pages' end-to-end tests: the machine's Chromium driven by Playwright (its own
 * browser download is skipped, see the failsafe configuration), one incognito context per user. Every page
 * it opens is checked for script errors (a script error, or a resource the content security policy
 * refused, is logged to the console as an error) and, on demand, against WCAG 2.1 AA with Deque's axe-core.
 */
final class TestBrowser implements AutoCloseable {

    /** The machine's Chromium; {@code ROUNDTABLE_TEST_CHROMIUM} names another. */
    static final Path CHROMIUM =
            Paths.get(System.getenv().getOrDefault("ROUNDTABLE_TEST_CHROMIUM", "/usr/bin/chromium"));

    static final List<String> WCAG_21_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

    private final Playwright playwright;
    private final com.microsoft.playwright.Browser chromium;
    private final String base;
    private final List<String> scriptErrors = new ArrayList<>();

    TestBrowser(int port) {
        assertThat(CHROMIUM)
                .as("Chromium for the browser tests (apt-get install chromium)")
                .exists();
        this.playwright = Playwright.create(
                new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        this.chromium = playwright
                .chromium()
                .launch(new BrowserType.LaunchOptions()
                        .setExecutablePath(CHROMIUM)
                        .setHeadless(true)
                        .setArgs(List.of("--no-sandbox", "--disable-dev-shm-usage")));
        this.base = "http://localhost:" + port;
    }

    /** A fresh browser window for one user, who has not logged in yet; in English unless told otherwise. */
    Page window() {
        return window("en-GB");
    }

    Page window(String language) {
        Page page = chromium.newContext(new NewContextOptions()
                        .setBaseURL(base)
                        .setLocale(language)
                        .setViewportSize(1200, 900))
                .newPage();
        page.onPageError(error -> scriptErrors.add(page.url() + ": " + error));
        page.onConsoleMessage(message -> {
            // A page answered with an error status logs that it "failed to load": the tests check those statuses.
            boolean pageStatus = message.text().startsWith("Failed to load resource")
                    && message.location().startsWith(page.url());
            if ("error".equals(message.type()) && !pageStatus) {
                scriptErrors.add(page.url() + ": " + message.text());
            }
        });
        return page;
    }

    /** A window logged in as {@code user} (password {@code <user>-secret}) through the login page, on the list. */
    Page loggedIn(String user) {
        Page page = window();
        page.navigate("/");
        assertThat(page.url()).endsWith("/login");
        page.getByLabel("User name").fill(user);
        page.getByLabel("Password").fill(user + "-secret");
        page.locator("main button[type=submit]").click();
        // Spring Security sends the user back to the page first asked for, marked "?continue".
        page.waitForURL(url -> url.equals(base + "/") || url.startsWith(base + "/?"));
        return page;
    }

    /**
     * Reloads a page that says its views had not caught up with the user's last act in time, until it shows
     * the act: on a busy machine the views may trail an act for longer than a page waits for them.
     */
    static void settle(Page page) {
        for (int tries = 0; page.locator("#behind").count() > 0 && tries < 50; tries++) {
            page.waitForTimeout(200);
            page.reload();
        }
        assertThat(page.locator("#behind").count())
                .as("the views caught up with the act")
                .isZero();
    }

    /** Fails with the list of violations when the page breaks a WCAG 2.1 AA rule seriously or critically. */
    static void assertAccessible(Page page) {
        AxeResults results = new AxeBuilder(page).withTags(WCAG_21_AA).analyze();
        List<String> serious = results.getViolations().stream()
                .filter(rule -> "serious".equals(rule.getImpact()) || "critical".equals(rule.getImpact()))
                .map(TestBrowser::describe)
                .toList();
        assertThat(serious)
                .as("serious or critical WCAG 2.1 AA violations on " + page.url())
                .isEmpty();
    }

    /** Saves what the window shows, for the documentation. */
    static void screenshot(Page page, String name) {
        try {
            Path dir = Paths.get("target", "screenshots");
            Files.createDirectories(dir);
            page.screenshot(new Page.ScreenshotOptions()
                    .setPath(dir.resolve(name + ".png"))
                    .setFullPage(true));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every script error and console error of every window since the last call. */
    List<String> takeScriptErrors() {
        List<String> taken = List.copyOf(scriptErrors);
        scriptErrors.clear();
        return taken;
    }

    private static String describe(Rule rule) {
        return rule.getId() + " (" + rule.getImpact() + "): " + rule.getHelp() + " at "
                + rule.getNodes().stream()
                        .map(node -> String.valueOf(node.getTarget()))
                        .toList();
    }

    @Override
    public void close() {
        chromium.close();
        playwright.close();
    }
}
