package nl.bordspiegel;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.TestExecutionExceptionHandler;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import com.google.gson.JsonObject;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.CDPSession;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.ServiceWorkerPolicy;

/**
 * Base for journeys in a real browser: the whole application on a random port with the
 * demo school, driven through Debian's Chromium (Playwright may not download its own).
 * The app's clock starts at the tests' pinned "today" and then ticks, so a session's timer
 * counts while the journey is the same on every day of the week.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "bordspiegel.clock.ticking=true")
@ActiveProfiles("test")
public abstract class BrowserTest {

    private static final Path CHROMIUM = Path.of(System.getenv().getOrDefault("CHROMIUM", "/usr/bin/chromium"));
    private static Playwright playwright;
    private static Browser browser;

    @LocalServerPort
    private int port;

    private BrowserContext context;
    protected Page page;

    @BeforeAll
    static void startBrowser() {
        playwright = Playwright.create(new Playwright.CreateOptions()
                .setEnv(java.util.Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        browser = launchChromium(playwright);
    }

    /** Debian's headless Chromium, as every journey drives it. */
    static Browser launchChromium(Playwright playwright) {
        if (!Files.isExecutable(CHROMIUM)) {
            throw new IllegalStateException("Chromium not found at " + CHROMIUM + ": run `apt-get install -y chromium`");
        }
        return playwright.chromium().launch(new BrowserType.LaunchOptions().setExecutablePath(CHROMIUM)
                .setHeadless(true).setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-background-networking",
                        "--disable-component-update", "--disable-sync", "--no-first-run")));
    }

    @AfterAll
    static void stopBrowser() {
        if (playwright != null) {
            playwright.close();
        }
    }

    /** `-Djourneys.latency=250`: every screen of every journey on a slow network (see {@link #onSlowNetwork}). */
    private static final int JOURNEY_LATENCY = Integer.getInteger("journeys.latency", 0);

    @BeforeEach
    void openPage() {
        if (JOURNEY_LATENCY > 0) {
            onSlowNetwork(JOURNEY_LATENCY);
        } else {
            context = newContext();
            page = context.newPage();
        }
    }

    /**
     * Opens the journey's page afresh on a slow school network: every request waits {@code latencyMillis}
     * until {@link #latency} says otherwise. A race between a quick user and the server then shows up
     * every run instead of once in forty on a busy machine.
     */
    protected CDPSession onSlowNetwork(int latencyMillis) {
        if (context != null) {
            context.close();
        }
        context = newContext(ServiceWorkerPolicy.BLOCK);
        page = context.newPage();
        return slowed(page, latencyMillis);
    }

    /** Another person at another screen: a page in a profile of its own, closed with the journey. */
    protected Page anotherScreen() {
        if (JOURNEY_LATENCY == 0) {
            return newContext().newPage();
        }
        Page screen = newContext(ServiceWorkerPolicy.BLOCK).newPage();
        slowed(screen, JOURNEY_LATENCY);
        return screen;
    }

    /**
     * The page's network controls, delaying its requests. Its profile must run without the app's service
     * worker: Chromium does not slow what a worker fetches for the page, which would make the delay come and go.
     */
    private static CDPSession slowed(Page screen, int latencyMillis) {
        CDPSession chromium = screen.context().newCDPSession(screen);
        chromium.send("Network.enable");
        latency(chromium, latencyMillis);
        return chromium;
    }

    protected static void latency(CDPSession chromium, int latencyMillis) {
        JsonObject conditions = new JsonObject();
        conditions.addProperty("offline", false);
        conditions.addProperty("latency", latencyMillis);
        conditions.addProperty("downloadThroughput", -1);
        conditions.addProperty("uploadThroughput", -1);
        chromium.send("Network.emulateNetworkConditions", conditions);
    }

    @AfterEach
    void closePage() {
        profiles.keySet().forEach(BrowserContext::close);
    }

    /** Every profile this journey opened, with what its pages wrote to the console, for {@link #failureRecord}. */
    private final Map<BrowserContext, List<String>> profiles = new LinkedHashMap<>();
    private final Map<BrowserContext, List<Page>> pagesOf = new LinkedHashMap<>();

    /**
     * A journey that fails keeps what each of its screens showed: a screenshot per page and its address and
     * console in {@code target/journey-failures}, and the addresses, text and console in the failure's own
     * message, which the build's summary at its end prints (CI shows only that end). A journey that waited
     * in vain for a page says no more than "timeout".
     */
    @RegisterExtension
    final TestExecutionExceptionHandler failureRecord = (test, failure) -> {
        Path folder = Path.of("target", "journey-failures");
        Files.createDirectories(folder);
        String name = test.getRequiredTestClass().getSimpleName() + "." + test.getRequiredTestMethod().getName();
        StringBuilder screens = new StringBuilder();
        int profile = 0;
        for (Map.Entry<BrowserContext, List<String>> opened : profiles.entrySet()) {
            profile++;
            int number = 0;
            // Its pages as opened: a journey may have closed the profile already (no picture or text then).
            for (Page on : pagesOf.getOrDefault(opened.getKey(), List.of())) {
                String screen = name + "-" + profile + "-" + ++number;
                screens.append("\n  screen ").append(screen).append(" at ").append(on.url())
                        .append(" shows [").append(shownOn(on, folder.resolve(screen + ".png")))
                        .append("], console: ").append(opened.getValue());
            }
        }
        AssertionError told = new AssertionError(failure.getMessage() + "\njourney's screens:" + screens, failure);
        // The summary names the journey's line from the trace: keep the one where it failed.
        told.setStackTrace(failure.getStackTrace());
        throw told;
    };

    /** What a page shows, as text, after saving its picture; a closed page shows nothing. */
    private static String shownOn(Page on, Path picture) {
        try {
            on.screenshot(new Page.ScreenshotOptions().setPath(picture).setFullPage(true));
            String text = on.locator("body").innerText(new com.microsoft.playwright.Locator.InnerTextOptions().setTimeout(2_000));
            String oneLine = text.replaceAll("\\s+", " ").strip();
            return oneLine.length() <= 300 ? oneLine : oneLine.substring(0, 300) + "…";
        } catch (RuntimeException closed) {
            return "closed";
        }
    }

    /** A separate browser profile: another person at another screen. */
    protected BrowserContext newContext() {
        return newContext(ServiceWorkerPolicy.ALLOW);
    }

    private BrowserContext newContext(ServiceWorkerPolicy serviceWorkers) {
        BrowserContext fresh = newContext(browser, serviceWorkers);
        List<String> console = new CopyOnWriteArrayList<>();
        // Warnings and errors only: Vaadin's debug lines would bury them in the failure's message.
        fresh.onConsoleMessage(message -> {
            if (message.type().equals("warning") || message.type().equals("error")) {
                console.add(message.type() + ": " + message.text());
            }
        });
        fresh.onWebError(error -> console.add("error: " + error.error()));
        profiles.put(fresh, console);
        List<Page> pages = new CopyOnWriteArrayList<>();
        fresh.onPage(pages::add);
        pagesOf.put(fresh, pages);
        return fresh;
    }

    /** A separate Dutch browser profile on {@code browser}. */
    static BrowserContext newContext(Browser browser) {
        return newContext(browser, ServiceWorkerPolicy.ALLOW);
    }

    private static BrowserContext newContext(Browser browser, ServiceWorkerPolicy serviceWorkers) {
        BrowserContext fresh = browser.newContext(new Browser.NewContextOptions().setLocale("nl-NL")
                .setViewportSize(1280, 800).setServiceWorkers(serviceWorkers));
        fresh.setDefaultTimeout(20_000);
        return fresh;
    }

    protected String url(String path) {
        return "http://localhost:" + port + "/" + path;
    }

    /**
     * Adds a card on the board open in {@code on}, as a teacher does: the column's add button (which
     * makes the form and puts the cursor in it), the text, Enter.
     */
    public static void addCard(Page on, String column, String text) {
        on.locator("#column-" + column + "-add").click();
        com.microsoft.playwright.Locator field = on.locator("#column-" + column + " .board-add input").first();
        field.fill(text);
        field.press("Enter");
    }

    /** Signs out through the shell's button and waits until the login page is back. */
    protected void signOut(Page on) {
        on.getByText("Uitloggen").click();
        on.waitForURL(java.util.regex.Pattern.compile(".*/login.*"));
        on.locator("vaadin-login-form").waitFor();
    }

    /**
     * Waits until the browser shows the home page. Spring Security may send it there as
     * {@code /?continue} (the request it saved before sign-in): both are home. The address alone
     * comes before the page is drawn; a journey that went on at once left home while it was still
     * being made, as no user does.
     */
    protected void waitForHome(Page on) {
        on.waitForURL(java.util.regex.Pattern.compile(java.util.regex.Pattern.quote(url("")) + "(\\?continue)?"));
        on.locator("[role=main]").waitFor();
    }

    protected void signIn(Page on, String email, String password) {
        on.navigate(url("login"));
        on.locator("input[name=username]").fill(email);
        on.locator("input[name=password]").fill(password);
        on.locator("vaadin-button[slot=submit], button[type=submit]").first().click();
    }
}
