package nl.bordspiegel.cluster;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.Cookie;

import nl.bordspiegel.BrowserTest;

/**
 * The deployment itself, as a board's IT staff starts it (deploy/cluster/run-local.sh on the
 * jar that {@code verify} built): PostgreSQL, two nodes and HAProxy on loopback ports. Two
 * browsers sit on different nodes (HAProxy's BORDSPIEGEL_NODE cookie says which); a card added
 * in one shows in the other within a second; then one node is killed with kill -9 and its
 * browser signs in again on the other node and finds every saved card. Run by the
 * {@code cluster} profile only (.ci/run, after the README's test command).
 */
class ClusterFailoverIT {

    private static final Path ROOT = Path.of("").toAbsolutePath();
    private static final Path CHROMIUM = Path.of(System.getenv().getOrDefault("CHROMIUM", "/usr/bin/chromium"));
    private static final String TEACHER = "sanne@linde.example";
    private static final String PASSWORD = "bordspiegel-demo";
    private static final String COOKIE = "BORDSPIEGEL_NODE";
    /** The scripts' output and the nodes' logs are kept here, next to failsafe's report. */
    private static final Path REPORTS = ROOT.resolve("target/failsafe-reports-cluster");

    private static Path state;
    private static Map<String, String> environment;
    private static int proxyPort;
    private static Playwright playwright;
    private static Browser browser;

    @BeforeAll
    static void startCluster() throws Exception {
        state = Files.createTempDirectory("bordspiegel-cluster-it");
        proxyPort = freePort();
        environment = new HashMap<>(Map.of(
                "BORDSPIEGEL_CLUSTER_DIR", state.toString(),
                "PROXY_PORT", String.valueOf(proxyPort),
                "NODE1_PORT", String.valueOf(freePort()),
                "NODE2_PORT", String.valueOf(freePort()),
                "PG_PORT", String.valueOf(freePort()),
                "BORDSPIEGEL_JAR", ROOT.resolve("target/bordspiegel.jar").toString(),
                // The demo as on the tests' pinned day, whatever day the build runs.
                "BORDSPIEGEL_NODE_ARGS", "--bordspiegel.clock.pinned=2026-12-09T10:15"));
        script("run-local.sh", 10);
        // A screen may take a while on a busy CI machine; the live checks keep their own one second.
        PlaywrightAssertions.setDefaultAssertionTimeout(30_000);
        playwright = Playwright.create(new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        browser = playwright.chromium().launch(new BrowserType.LaunchOptions().setExecutablePath(CHROMIUM)
                .setHeadless(true).setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-background-networking",
                        "--disable-component-update", "--disable-sync", "--no-first-run")));
    }

    @AfterAll
    static void stopCluster() throws Exception {
        if (playwright != null) {
            playwright.close();
        }
        if (environment != null) {
            keepLogs();
            script("stop.sh", 2);
        }
    }

    @Test
    void aCardReachesTheOtherNodeLiveAndSurvivesTheLossOfANode() throws Exception {
        try (BrowserContext onNode1 = browserOn("node1"); BrowserContext onNode2 = browserOn("node2")) {
            Page first = onNode1.newPage();
            Page second = onNode2.newPage();
            String board = openFirstBoard(first);
            signIn(second);
            second.navigate(board);
            assertThat(second.locator("#column-ideas")).isVisible();
            assertThat(node(onNode1)).isEqualTo("node1");
            assertThat(node(onNode2)).isEqualTo("node2");

            BrowserTest.addCard(first, "ideas", "Samen nakijken via node 1");
            assertThat(first.locator("#column-ideas")).containsText("Samen nakijken via node 1");
            // Saved and shown on node 1: the other node's screen follows within a second.
            assertThat(second.locator("#column-ideas")).containsText("Samen nakijken via node 1",
                    new LocatorAssertions.ContainsTextOptions().setTimeout(1_000));

            BrowserTest.addCard(second, "successes", "Opgeslagen op node 2");
            assertThat(second.locator("#column-successes")).containsText("Opgeslagen op node 2");
            assertThat(first.locator("#column-successes")).containsText("Opgeslagen op node 2",
                    new LocatorAssertions.ContainsTextOptions().setTimeout(1_000));

            killNode("node2");

            // Node 2's browser lands on node 1, signs in again, and finds every saved card.
            second.navigate(board);
            second.waitForURL(Pattern.compile(".*/login.*"));
            signIn(second);
            second.navigate(board);
            assertThat(second.locator("#column-ideas")).containsText("Samen nakijken via node 1");
            assertThat(second.locator("#column-successes")).containsText("Opgeslagen op node 2");
            assertThat(node(onNode2)).isEqualTo("node1");

            // Node 1's user noticed nothing: still signed in, still live.
            BrowserTest.addCard(second, "ideas", "Na de storing");
            assertThat(second.locator("#column-ideas")).containsText("Na de storing");
            assertThat(first.locator("#column-ideas")).containsText("Na de storing",
                    new LocatorAssertions.ContainsTextOptions().setTimeout(1_000));
            assertThat(first).hasURL(board);
        }
    }

    /** A browser whose first request already carries the proxy's cookie for that node. */
    private static BrowserContext browserOn(String node) {
        BrowserContext context = browser.newContext(new Browser.NewContextOptions().setLocale("nl-NL")
                .setViewportSize(1280, 800));
        context.setDefaultTimeout(30_000);
        context.addCookies(List.of(new Cookie(COOKIE, node).setDomain("localhost").setPath("/")));
        return context;
    }

    private static String node(BrowserContext context) {
        return context.cookies().stream().filter(cookie -> cookie.name.equals(COOKIE)).map(cookie -> cookie.value)
                .findFirst().orElse("none");
    }

    private static String openFirstBoard(Page page) {
        signIn(page);
        page.locator("a[href^='bord/'], a[href^='/bord/']").first().click();
        page.waitForURL(Pattern.compile(".*/bord/\\d+"));
        assertThat(page.locator("#column-ideas")).isVisible();
        return page.url();
    }

    private static void signIn(Page page) {
        page.navigate("http://localhost:" + proxyPort + "/login");
        page.locator("input[name=username]").fill(TEACHER);
        page.locator("input[name=password]").fill(PASSWORD);
        page.locator("vaadin-button[slot=submit], button[type=submit]").first().click();
        page.waitForURL(Pattern.compile("http://localhost:" + proxyPort + "/(\\?continue)?"));
    }

    private static void killNode(String node) throws Exception {
        long pid = Long.parseLong(Files.readString(state.resolve(node + ".pid")).strip());
        ProcessHandle process = ProcessHandle.of(pid).orElseThrow();
        // destroyForcibly is SIGKILL: no graceful shutdown, as when a machine dies.
        process.destroyForcibly();
        process.onExit().get(30, TimeUnit.SECONDS);
    }

    private static void script(String name, int minutes) throws Exception {
        // Into a file: the test JVM's own output is failsafe's channel, not for a child's lines.
        Files.createDirectories(REPORTS);
        ProcessBuilder builder = new ProcessBuilder("bash", ROOT.resolve("deploy/cluster/" + name).toString())
                .directory(ROOT.toFile()).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(REPORTS.resolve("cluster-scripts.log").toFile()));
        builder.environment().putAll(environment);
        Process run = builder.start();
        if (!run.waitFor(minutes, TimeUnit.MINUTES)) {
            run.destroyForcibly();
            throw new IllegalStateException(name + " did not finish within " + minutes + " minutes");
        }
        if (run.exitValue() != 0) {
            throw new IllegalStateException(name + " failed with status " + run.exitValue() + "; logs in " + state);
        }
    }

    private static void keepLogs() throws IOException {
        try (var logs = Files.list(state)) {
            for (Path log : logs.filter(file -> file.toString().endsWith(".log")).toList()) {
                Files.copy(log, REPORTS.resolve("cluster-" + log.getFileName()),
                        java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            }
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
