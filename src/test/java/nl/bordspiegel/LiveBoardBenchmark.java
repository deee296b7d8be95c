package nl.bordspiegel;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;

/**
 * Not a timed test: N screens on one demo board ("Kernteam Rekenen"), a colleague adds a success
 * through the board's own field, and how long until every screen shows it; with the server's CPU
 * for the whole fan-out. Measured on the packaged jar ({@link PackagedApp}: production mode, its own
 * process, only its CPU counted), with headless Chromium on the same machine.
 * <ul>
 * <li>Each screen is its own browser profile, signed in (by the login form's post) as one of the
 * team's members in turn, on the board. The colleague, Sanne, has the board open in one more profile.
 * <li>Latency: the colleague's page notes {@code Date.now()} as Enter goes down in the add field
 * (before the browser sends anything); every screen notes {@code Date.now()} when a
 * MutationObserver first sees an added node (or changed text) whose {@code textContent} holds the
 * card's text, which reads no layout. Same browser, same clock. Median, p95 and max over all
 * screens and rounds.
 * <li>Server CPU: the app process's user + system time ({@code /proc/<pid>/stat}) from just before
 * the add until every screen has it and the pushes have been quiet for a second. The same round with
 * no other screen on the board (solo: the add itself, the colleague's own page, the quiet second) is
 * measured last, once the screens have left the board, so the app is as warm as in the rounds;
 * fan-out = round − solo, the cost of reaching the other screens. The app's broadcaster logs how long
 * it took from the commit until it had pushed the change to the last screen: the server's share of
 * the latency.
 * <li>Drawn: when the screen's page had also laid out and painted the frame with the card (a
 * {@code requestAnimationFrame} and then a task after it), what its reader sees.
 * <li>Browsers' CPU: all Chromium processes' user + system time over the card's travel (the
 * {@link #TRAVEL_MS} after Enter, in which nothing asks the pages anything), the price of 30 screens
 * drawing on the app's machine; their idle share is printed first (idle with the screens open).
 * <li>The machine's floor: afterwards every screen puts a copy of the card into its own column itself,
 * all at one moment (no server, no message): how long until each has drawn it, and the browsers' CPU
 * for it. What no server can go below with this many browsers on this machine.
 * <li>Chromium's own floor: the same on a blank page that holds one column with one card and nothing
 * else (no app, no framework, no style), once the screens have left the board. What no page can go
 * below with this many browsers on this machine.
 * </ul>
 * The first rounds of each kind ({@code -Dwarmup=N}, default 3) warm the app up and are not counted;
 * before the counted rounds the app must be quiet (its JIT compiler works off what opening the screens
 * made hot: up to 200 ms of CPU per round when measured right after), and so must the browsers (a new
 * page's renderer goes on working for many seconds after it has drawn).
 * Run after {@code package} (failsafe does; README "Benchmarks"):
 * {@code ./mvnw -B -o verify -DskipPostgres -Dtest=NoSuchTest -Dsurefire.failIfNoSpecifiedTests=false
 * -Dit.test=LiveBoardBenchmark -Dscreens=30 -Drounds=5}
 * ({@code -Dapp.jvm=...} options for the app's JVM, e.g. a flight recording; its log stays in
 * {@code target/live-benchmark.log}).
 */
class LiveBoardBenchmark {

    private static final int SCREENS = Integer.getInteger("screens", 30);
    private static final int ROUNDS = Integer.getInteger("rounds", 5);
    /** Rounds of each kind before the counted ones: the app's JIT compiles the add and the fan-out during the first. */
    private static final int WARM_UP = Integer.getInteger("warmup", 3);
    private static final String APP_JVM = System.getProperty("app.jvm", "");
    private static final long WAIT_MS = 60_000;
    /** After every screen has the card, pushes must have been quiet this long before the next round. */
    private static final long QUIET_MS = 1_000;
    /**
     * How long nothing asks the pages anything once the card is on its way: every question is a round trip
     * through the browser into a page, and 30 of them took the CPU the pages were being measured on. The pages
     * note their own times, so reading them later changes nothing; a page that has not seen the card by then
     * is asked again every 250 ms.
     */
    private static final long TRAVEL_MS = 1_500;
    /** Kernteam Rekenen's other teachers: the colleague (Sanne) adds, they watch. */
    private static final List<String> MEMBERS = List.of("mirjam@linde.example", "ruben@linde.example",
            "daan@linde.example", "sander@linde.example");
    /** Notes when the page has laid out and painted the frame after this moment: a task after its animation frame. */
    private static final String DRAWN = "window.__drawnAt = 0; requestAnimationFrame(() => setTimeout(() => { window.__drawnAt = Date.now(); }));";
    private static final String OBSERVE = "text => { window.__seenAt = 0; const holds = node =>"
            + " (node.textContent || '').includes(text); new MutationObserver((changes, observer) => {"
            + " if (changes.some(change => change.type === 'characterData' ? holds(change.target)"
            + " : Array.from(change.addedNodes).some(holds))) { window.__seenAt = Date.now(); observer.disconnect(); " + DRAWN + " } })"
            + ".observe(document.body, { childList: true, subtree: true, characterData: true }); }";
    /** Chromium's floor (class comment): a page of one column with one card, as {@link #COPY_CARD_AT} finds them. */
    private static final String BLANK_COLUMN = "<!DOCTYPE html><html lang=\"nl\"><body><div id=\"column-successes\">"
            + "<div class=\"card\" id=\"card\"><p class=\"card-text\">Eerste kaart</p></div></div></body></html>";
    /** The floor: at the moment {@code at}, the page copies the column's first card (with {@code text}) above it itself. */
    private static final String COPY_CARD_AT = "([at, text]) => { window.__drawnAt = 0; setTimeout(() => {"
            + " const card = document.querySelector('#column-successes .card'); const copy = card.cloneNode(true);"
            + " copy.removeAttribute('id'); copy.querySelector('.card-text').textContent = text; card.before(copy); " + DRAWN
            + " }, at - Date.now()); }";
    /** The app counts as quiet when it uses less CPU than this per second, three seconds in a row. */
    private static final double QUIET_CPU_MS_PER_SECOND = 30;
    /** The browsers count as quiet below this per screen and second (30 idle board pages: about 6 ms each). */
    private static final double QUIET_BROWSER_CPU_MS_PER_SECOND = 12;
    /** Requests the watching screens sent while the card travelled: a screen that only receives should send none. */
    private static final AtomicInteger REQUESTS_BACK = new AtomicInteger();
    private static final String MARK_SEND = "() => { window.__sentAt = 0; document.querySelector('#add-success input')"
            + ".addEventListener('keydown', key => { if (key.key === 'Enter') window.__sentAt = Date.now(); },"
            + " { capture: true, once: true }); }";

    @Test
    void oneCardAddedByAColleagueReachesEveryScreenOfTheBoard() throws Exception {
        Path data = Files.createTempDirectory("bordspiegel-live");
        Path log = Path.of("target", "live-benchmark.log").toAbsolutePath();
        try (Playwright playwright = Playwright.create(new Playwright.CreateOptions()
                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
             PackagedApp app = PackagedApp.start(data, log, APP_JVM,
                     List.of("--logging.level.nl.bordspiegel.shared.BoardBroadcaster=DEBUG"))) {
            Browser browser = BrowserTest.launchChromium(playwright);
            long team = app.importedTeam(data, "demo");
            Page colleague = openBoard(browser, app, DemoLogins.TEACHER, team);
            for (int round = 1 - WARM_UP; round <= 0; round++) {
                round(app, colleague, List.of(), "Solo " + round);
            }
            List<Page> screens = new ArrayList<>();
            for (int i = 0; i < SCREENS; i++) {
                Page screen = openBoard(browser, app, MEMBERS.get(i % MEMBERS.size()), team);
                screen.onRequest(request -> REQUESTS_BACK.incrementAndGet());
                screens.add(screen);
            }
            awaitQuiet(app);
            awaitBrowsersQuiet(SCREENS);
            double idleBefore = cpuMs(app);
            double browsersIdleBefore = chromiumCpuMs();
            Thread.sleep(5_000);
            double idlePerSecond = (cpuMs(app) - idleBefore) / 5;
            // The app's idle is in the final report.
            System.out.printf("BENCHMARK live idle with %d screens open: browsers %.0f ms/s%n", SCREENS,
                    (chromiumCpuMs() - browsersIdleBefore) / 5);
            List<Long> latencies = new ArrayList<>();
            List<Long> drawn = new ArrayList<>();
            List<Double> cpu = new ArrayList<>();
            List<Double> browsersCpu = new ArrayList<>();
            List<Long> serverPush = new ArrayList<>();
            for (int round = 1 - WARM_UP; round <= ROUNDS; round++) {
                if (round == 1) {
                    awaitQuiet(app);
                    awaitBrowsersQuiet(SCREENS);
                }
                REQUESTS_BACK.set(0);
                Round measured = round(app, colleague, screens, "Livekaart " + round);
                long pushed = lastPushMs(log);
                System.out.printf("BENCHMARK live round %d%s: last screen after %d ms (drawn %d ms), server done pushing"
                                + " after %d ms, server CPU %.0f ms, browsers' CPU %.0f ms, %d requests back from the screens%n",
                        round, round <= 0 ? " (warm-up)" : "", Collections.max(measured.latencies()),
                        Collections.max(measured.drawn()), pushed, measured.cpuMs(), measured.browsersCpuMs(),
                        REQUESTS_BACK.get());
                if (round > 0) {
                    latencies.addAll(measured.latencies());
                    drawn.addAll(measured.drawn());
                    cpu.add(measured.cpuMs());
                    browsersCpu.add(measured.browsersCpuMs());
                    serverPush.add(pushed);
                }
            }
            floor(screens, "floor (" + screens.size() + " screens copy a card themselves at one moment, no server)");
            // The solo adds come last, when the app is as warm as it was for the rounds: the screens leave the
            // board for a blank page (so the app builds no other page for them) and their UIs close.
            for (Page on : screens) {
                on.navigate("about:blank");
                on.setContent(BLANK_COLUMN);
            }
            awaitBrowsersQuiet(screens.size());
            floor(screens, "Chromium's floor (" + screens.size() + " blank pages of one card copy it at one moment)");
            Thread.sleep(5 * QUIET_MS);
            List<Double> solo = new ArrayList<>();
            for (int round = 1; round <= ROUNDS; round++) {
                solo.add(round(app, colleague, List.of(), "Solo " + round).cpuMs());
            }
            System.out.println("BENCHMARK live solo adds, server CPU (ms): " + solo);
            Collections.sort(serverPush);
            System.out.printf("BENCHMARK live server side: from commit until the last screen's change was pushed,"
                    + " median %d ms, max %d ms%n", serverPush.get(serverPush.size() / 2), serverPush.get(serverPush.size() - 1));
            report(latencies, cpu, solo, idlePerSecond);
            reportDrawn("drawn (the frame with the card painted)", drawn, browsersCpu);
        }
    }

    private record Round(List<Long> latencies, List<Long> drawn, double cpuMs, double browsersCpuMs) {
    }

    /** The machine's floor (class comment): every screen copies a card into its own column at one moment. */
    private static void floor(List<Page> screens, String what) throws Exception {
        List<Long> drawn = new ArrayList<>();
        List<Double> browsersCpu = new ArrayList<>();
        for (int round = 1 - WARM_UP; round <= ROUNDS; round++) {
            // Time enough to tell 30 busy pages when (500 ms, as before, was sometimes not).
            long at = System.currentTimeMillis() + 3_000;
            for (Page on : screens) {
                // Playwright passes numbers to the page as doubles, not longs.
                on.evaluate(COPY_CARD_AT, List.of((double) at, "Zelf gekopieerd " + round));
            }
            if (System.currentTimeMillis() > at) {
                System.out.println("BENCHMARK live floor: telling the pages took past the moment; this round is late");
            }
            Thread.sleep(Math.max(0, at - 50 - System.currentTimeMillis()));
            double before = chromiumCpuMs();
            Thread.sleep(Math.max(0, at + TRAVEL_MS - System.currentTimeMillis()));
            double browsersCpuMs = chromiumCpuMs() - before;
            List<Long> times = new ArrayList<>();
            for (Page on : screens) {
                times.add(drawnAt(on, at) - at);
            }
            Thread.sleep(QUIET_MS);
            if (round > 0) {
                drawn.addAll(times);
                browsersCpu.add(browsersCpuMs);
            }
        }
        reportDrawn(what + ": drawn", drawn, browsersCpu);
    }

    /** Prints when the screens had drawn the card (median, p95, max) and the browsers' CPU per round (median). */
    private static void reportDrawn(String what, List<Long> drawn, List<Double> browsersCpu) {
        Collections.sort(drawn);
        Collections.sort(browsersCpu);
        System.out.printf("BENCHMARK live %s: median %d ms, p95 %d ms, max %d ms; browsers' CPU per round median %.0f ms%n",
                what, percentile(drawn, 0.5), percentile(drawn, 0.95), drawn.get(drawn.size() - 1),
                browsersCpu.get(browsersCpu.size() / 2));
    }

    /** Waits (at most a minute) until the app has used less than {@link #QUIET_CPU_MS_PER_SECOND} for three seconds. */
    private static void awaitQuiet(PackagedApp app) throws Exception {
        awaitQuiet(() -> cpuMs(app), QUIET_CPU_MS_PER_SECOND);
    }

    /**
     * Waits (at most a minute) until the browsers have used less than {@link #QUIET_BROWSER_CPU_MS_PER_SECOND}
     * per screen for three seconds: a new page's renderer goes on working for many seconds after it has drawn
     * (30 new blank pages took 420 to 1,300 ms of CPU per second 8 s after they opened, 200 ms after 40 s), and
     * rounds counted in that time would measure the pages' start-up, not the card.
     */
    private static void awaitBrowsersQuiet(int screens) throws Exception {
        awaitQuiet(LiveBoardBenchmark::chromiumCpuMs, QUIET_BROWSER_CPU_MS_PER_SECOND * screens);
    }

    /** {@code cpuMs}: a process group's CPU so far. */
    private static void awaitQuiet(Callable<Double> cpuMs, double msPerSecond) throws Exception {
        int quietSeconds = 0;
        for (int second = 0; second < 60 && quietSeconds < 3; second++) {
            double before = cpuMs.call();
            Thread.sleep(1_000);
            quietSeconds = cpuMs.call() - before < msPerSecond ? quietSeconds + 1 : 0;
        }
    }

    /**
     * The colleague adds a success with {@code text}; waits until it is on the colleague's own board
     * and on every screen, then for the quiet second.
     */
    private static Round round(PackagedApp app, Page colleague, List<Page> screens, String text) throws Exception {
        String card = text + " " + System.nanoTime();
        for (Page on : screens) {
            on.evaluate(OBSERVE, card);
        }
        // The colleague's own page is watched the same way: Playwright's text locators poll the whole page,
        // and that search (tens of MB of garbage per card) took the CPU the 30 screens were measured on.
        colleague.evaluate(OBSERVE, card);
        // The column's add button makes the form (the first time) and puts the cursor in it.
        colleague.locator("#column-successes-add").click();
        colleague.locator("#add-success input").fill(card);
        colleague.evaluate(MARK_SEND);
        double before = cpuMs(app);
        double browsersBefore = chromiumCpuMs();
        colleague.locator("#add-success input").press("Enter");
        Thread.sleep(TRAVEL_MS);
        double browsersCpu = chromiumCpuMs() - browsersBefore;
        seenAt(colleague, System.currentTimeMillis());
        long sent = ((Number) colleague.evaluate("() => window.__sentAt")).longValue();
        List<Long> latencies = new ArrayList<>();
        List<Long> drawn = new ArrayList<>();
        for (Page on : screens) {
            latencies.add(seenAt(on, sent) - sent);
        }
        for (Page on : screens) {
            drawn.add(drawnAt(on, sent) - sent);
        }
        Thread.sleep(QUIET_MS);
        double cpu = cpuMs(app) - before;
        // Playwright hands over the pages' events (such as their requests) while it waits for any answer.
        colleague.evaluate("() => 0");
        return new Round(latencies, drawn, cpu, browsersCpu);
    }

    /** How long the app's broadcaster took, from the commit to the last screen's push, for the latest change (its debug log). */
    private static long lastPushMs(Path log) throws IOException {
        List<String> pushes = Files.readAllLines(log, StandardCharsets.UTF_8).stream()
                .filter(line -> line.contains(" pushed to ")).toList();
        if (pushes.isEmpty()) {
            return -1;
        }
        String last = pushes.get(pushes.size() - 1);
        return Long.parseLong(last.substring(last.lastIndexOf(" in ") + 4, last.lastIndexOf(" ms")));
    }

    /** When the page saw the card; asked only after a pause, so the test does not load the pages while the card travels. */
    private static long seenAt(Page on, long sent) throws InterruptedException {
        return noted(on, "() => window.__seenAt", sent);
    }

    /** When the page had drawn the frame with the card ({@link #DRAWN}). */
    private static long drawnAt(Page on, long sent) throws InterruptedException {
        return noted(on, "() => window.__drawnAt", sent);
    }

    private static long noted(Page on, String read, long sent) throws InterruptedException {
        while (System.currentTimeMillis() - sent < WAIT_MS) {
            long noted = ((Number) on.evaluate(read)).longValue();
            if (noted > 0) {
                return noted;
            }
            Thread.sleep(250);
        }
        throw new IllegalStateException("A screen did not show the card within " + WAIT_MS + " ms");
    }

    private static Page openBoard(Browser browser, PackagedApp app, String email, long team) {
        BrowserContext profile = BrowserTest.newContext(browser);
        app.signInWithoutAPage(profile, email, DemoLogins.PASSWORD);
        Page on = profile.newPage();
        on.navigate(app.url("bord/" + team));
        on.locator("#column-successes").waitFor();
        return on;
    }

    /** The app process's CPU so far. */
    private static double cpuMs(PackagedApp app) throws IOException {
        return cpuMs(app.pid());
    }

    /** All Chromium processes' CPU so far (those that ended since are not counted: none do during a round). */
    private static double chromiumCpuMs() throws IOException {
        double total = 0;
        try (Stream<Path> processes = Files.list(Path.of("/proc"))) {
            for (Path process : processes.filter(path -> path.getFileName().toString().matches("\\d+")).toList()) {
                try {
                    if (Files.readString(process.resolve("cmdline"), StandardCharsets.ISO_8859_1).contains("chromium")) {
                        total += cpuMs(Long.parseLong(process.getFileName().toString()));
                    }
                } catch (IOException ended) {
                    // The process ended while we looked.
                }
            }
        }
        return total;
    }

    /** A process's CPU so far, user + system ({@code /proc/<pid>/stat} fields 14 and 15, in clock ticks). */
    private static double cpuMs(long pid) throws IOException {
        String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"), StandardCharsets.US_ASCII);
        // The command name (field 2) may hold spaces; the fields after it start past its ')'.
        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        long ticks = Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
        return ticks * 1000.0 / TicksPerSecond.VALUE;
    }

    private static void report(List<Long> latencies, List<Double> cpu, List<Double> solo, double idlePerSecond)
            throws IOException {
        Collections.sort(latencies);
        Collections.sort(cpu);
        Collections.sort(solo);
        double roundCpu = cpu.get(cpu.size() / 2);
        double soloCpu = solo.get(solo.size() / 2);
        System.out.printf("BENCHMARK live propagation on the jar (%d cores, load average %s): %d screens x %d cards,"
                        + " median %d ms, p95 %d ms, max %d ms; server CPU per round median %.0f ms (max %.0f ms),"
                        + " solo add median %.0f ms (max %.0f ms), fan-out %.0f ms; idle with the screens open %.0f ms/s%n",
                Runtime.getRuntime().availableProcessors(), loadAverage(), latencies.size() / ROUNDS, ROUNDS,
                percentile(latencies, 0.5), percentile(latencies, 0.95), latencies.get(latencies.size() - 1),
                roundCpu, cpu.get(cpu.size() - 1), soloCpu, solo.get(solo.size() - 1), roundCpu - soloCpu, idlePerSecond);
    }

    /** Nearest rank: the smallest value with at least {@code share} of all values at or below it. */
    private static long percentile(List<Long> sorted, double share) {
        return sorted.get((int) Math.ceil(sorted.size() * share) - 1);
    }

    private static String loadAverage() throws IOException {
        String[] averages = Files.readString(Path.of("/proc/loadavg")).split(" ");
        return averages[0] + " " + averages[1] + " " + averages[2];
    }

    /** The kernel's clock ticks per second ({@code getconf CLK_TCK}, 100 on Linux nearly everywhere). */
    private static final class TicksPerSecond {
        static final long VALUE = read();

        private static long read() {
            try {
                Process getconf = new ProcessBuilder("getconf", "CLK_TCK").start();
                String ticks = new String(getconf.getInputStream().readAllBytes(), StandardCharsets.US_ASCII).trim();
                return getconf.waitFor() == 0 ? Long.parseLong(ticks) : 100;
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
                return 100;
            } catch (IOException | NumberFormatException unknown) {
                return 100;
            }
        }
    }
}
