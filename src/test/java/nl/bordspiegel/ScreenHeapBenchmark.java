package nl.bordspiegel;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;

import nl.bordspiegel.history.HistoryWriter;
import nl.bordspiegel.security.PasswordPolicy;

/**
 * Not a timed test: the heap an open screen keeps on the server, measured as Vaadin measures
 * session size, on the packaged jar with real browsers. The application runs as its own process
 * ({@link PackagedApp}: {@code java -jar target/bordspiegel.jar}, production mode, an empty H2 folder, the clock pinned
 * to the tests' day and ticking, the demo import on) and only THAT process is measured: Playwright's
 * Java client (its pages, requests and JSON) stays in this JVM and is not counted. For each school
 * the app imports the school once as its demo (the demo school, or the 30 teams over 3 years of
 * {@link BenchmarkSchools} written as a school file), so everyone signs in with the demo password;
 * for each screen (board, session, mirror, coach) the app is started afresh on that folder, so every
 * screen starts from the same empty server. N browser profiles (so N HTTP and Vaadin sessions) sign
 * in and open the screen, then N more; the heap the second N added, divided by N, is what one more
 * open screen costs (the first N also pay once for what any first use starts: caches, pools, buffers;
 * printed apart). Readings are taken once idle connections have closed, so an idle screen holds what
 * it holds in a classroom: its session, its UI and its push channel. Two readings of each difference,
 * both by the JDK's {@code jcmd} on the app's pid:
 * <ul>
 * <li>used heap after {@code GC.run} ({@code GC.heap_info}; the lowest of a few readings);
 * <li>the JVM's own live-object census, {@code GC.class_histogram} (it collects first): total bytes,
 * and Vaadin's {@code StateNode}s (one per element the server keeps for a browser), instances and bytes.
 * </ul>
 * Each browser signs in by posting the login form (CSRF is off for it) without following the
 * redirect, then opens the screen's address: one UI per session, nothing else. Run it after
 * {@code package} (failsafe does), which makes the jar. Run (README, "Benchmarks"):
 * {@code ./mvnw -B -o verify -DskipPostgres -Dtest=NoSuchTest -Dsurefire.failIfNoSpecifiedTests=false
 * -Dit.test=ScreenHeapBenchmark}
 * ({@code -Dsessions=N} per step, default 10; {@code -Dsettle=S} seconds before a reading, default 65;
 * {@code -Dtop=N} classes that grew most, default 6; {@code -Dschools=demo,30x3} and
 * {@code -Dscreens=board,session,mirror,coach} to measure only some, {@code home} too for the floor every screen
 * stands on; {@code -Dapp.jvm=-Xmx1g} more options
 * for the app's JVM (it always runs with soft references cleared by a collection, see {@link #SOFT_CACHES_CLEARED}); its logs stay in {@code target/heap-benchmark-*.log}; {@code -Ddump=DIR}
 * also writes a heap dump of the app with all 2N screens open, {@code DIR/heap-SCHOOL-SCREEN.hprof}, to find
 * out who holds what, e.g. with {@code tools/hprof_holders.py}).
 */
class ScreenHeapBenchmark {

    private static final int SESSIONS = Integer.getInteger("sessions", 10);
    private static final List<String> SCHOOLS = List.of(System.getProperty("schools", "demo,30x3").split(","));
    private static final List<String> SCREENS = List.of(
            System.getProperty("screens", "board,session,mirror,coach").split(","));
    /**
     * Jackson keeps each thread's JSON buffers in a soft reference, grown to the largest message the
     * thread has written (a board's first response is large): a cache of the thread's, which the JVM
     * drops when memory runs short, not something a screen holds. A forced collection keeps soft
     * references unless told otherwise; the readings count what the screens hold strongly.
     */
    private static final String SOFT_CACHES_CLEARED = "-XX:SoftRefLRUPolicyMSPerMB=0";
    private static final String APP_JVM = (SOFT_CACHES_CLEARED + " " + System.getProperty("app.jvm", "")).strip();
    private static final String DUMP_DIR = System.getProperty("dump", "");
    private static final String STATE_NODE = "com.vaadin.flow.internal.StateNode";
    private static final int TOP_CLASSES = Integer.getInteger("top", 6);
    /**
     * Tomcat closes an idle keep-alive connection after 20 s and ends a worker thread idle for 60 s
     * (beyond its 10 spare ones): each worker keeps its own JSON and text buffers (Jackson's, 40 to
     * 120 KB), which would otherwise be counted against the screens whose opening woke it.
     */
    private static final int SETTLE_SECONDS = Integer.getInteger("settle", 65);
    private static final Pattern USED = Pattern.compile("used (\\d+)K");

    /** What the app's JVM holds at one moment: used heap after GC, and the census's total, state nodes and bytes per class. */
    private record Reading(long usedHeap, long liveBytes, long stateNodes, long stateNodeBytes,
                           Map<String, Long> bytesPerClass, int workers) {

        Reading minus(Reading before) {
            Map<String, Long> grown = new HashMap<>(bytesPerClass);
            before.bytesPerClass.forEach((type, bytes) -> grown.merge(type, -bytes, Long::sum));
            return new Reading(usedHeap - before.usedHeap, liveBytes - before.liveBytes,
                    stateNodes - before.stateNodes, stateNodeBytes - before.stateNodeBytes, grown, workers - before.workers);
        }

        /** The classes that grew most: where an open screen's bytes go. */
        String largest(int count, int perScreen) {
            return bytesPerClass.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                    .limit(count).map(entry -> String.format("%s %,d KB", entry.getKey(), entry.getValue() / perScreen >> 10))
                    .collect(Collectors.joining("; "));
        }
    }

    @Test
    void heapPerOpenScreenOnTheDemoSchoolAndOnThirtyTeamsOverThreeYears() throws Exception {
        try (Playwright playwright = Playwright.create(new Playwright.CreateOptions()
                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")))) {
            Browser browser = BrowserTest.launchChromium(playwright);
            System.out.printf("BENCHMARK heap: %d cores, %d sessions per step, measured in the app's own process"
                            + " (java -jar %s %s), Vaadin production mode%n",
                    Runtime.getRuntime().availableProcessors(), SESSIONS, PackagedApp.JAR.getFileName(), APP_JVM);
            for (String school : SCHOOLS) {
                Path data = Files.createTempDirectory("bordspiegel-heap-" + school);
                for (String screen : SCREENS) {
                    measure(browser, school, screen, data);
                }
            }
        }
    }

    private void measure(Browser browser, String school, String screenName, Path data) throws Exception {
        try (PackagedApp app = start(school, screenName, data)) {
            BenchmarkSchools.Screen screen = BenchmarkSchools.screens(school, app.importedTeam(data, school),
                    PasswordPolicy.DEMO_PASSWORD).stream().filter(each -> each.name().equals(screenName))
                    .findFirst().orElseThrow(() -> new IllegalArgumentException("No screen " + screenName));
            close(openScreens(browser, app, screen, 1));
            Reading without = reading(app);
            List<BrowserContext> open = new ArrayList<>(openScreens(browser, app, screen, SESSIONS));
            Reading first = settledReading(app);
            open.addAll(openScreens(browser, app, screen, SESSIONS));
            Reading second = settledReading(app);
            Reading grown = second.minus(first);
            System.out.printf("BENCHMARK heap %-5s %-8s per open screen: %,7d KB after GC, %,7d KB live (histogram),"
                            + " %,6d state nodes (%,d KB); the first %d with what they start once: %,d KB%n", school,
                    screen.name(), grown.usedHeap() / SESSIONS >> 10, grown.liveBytes() / SESSIONS >> 10,
                    grown.stateNodes() / SESSIONS, grown.stateNodeBytes() / SESSIONS >> 10, SESSIONS,
                    first.minus(without).liveBytes() / SESSIONS >> 10);
            System.out.printf("BENCHMARK heap %-5s %-8s grew most: %s; Tomcat worker threads %d, then %d%n", school,
                    screen.name(), grown.largest(TOP_CLASSES, SESSIONS), first.workers(), second.workers());
            if (!DUMP_DIR.isBlank()) {
                Path dump = Path.of(DUMP_DIR, "heap-" + school + "-" + screen.name() + ".hprof").toAbsolutePath();
                Files.createDirectories(dump.getParent());
                Files.deleteIfExists(dump);
                app.jcmd("GC.heap_dump " + dump);
                System.out.printf("BENCHMARK heap %-5s %-8s dump: %s%n", school, screen.name(), dump);
            }
            close(open);
        }
    }

    /**
     * Starts the jar on {@code data}. The first start imports the school as the demo into the empty
     * folder (the demo import moves it by whole weeks so that its newest session is last week); later
     * starts find it there.
     */
    private static PackagedApp start(String school, String screen, Path data) throws Exception {
        List<String> arguments = new ArrayList<>();
        if (school.equals("30x3")) {
            Path file = data.resolve("school-30x3.json");
            if (!Files.exists(file)) {
                try (var out = Files.newOutputStream(file)) {
                    HistoryWriter.write(BenchmarkSchools.bigSchool(PackagedApp.TODAY.toLocalDate()), out);
                }
            }
            arguments.add("--bordspiegel.demo.file=file:" + file);
        }
        Path log = Path.of("target", "heap-benchmark-" + school + "-" + screen + ".log").toAbsolutePath();
        return PackagedApp.start(data, log, APP_JVM, arguments);
    }

    /** A reading once idle connections have closed (Tomcat's keep-alive timeout): an idle screen keeps only its push channel. */
    private static Reading settledReading(PackagedApp app) throws IOException, InterruptedException {
        Thread.sleep(SETTLE_SECONDS * 1000L);
        return reading(app);
    }

    private static List<BrowserContext> openScreens(Browser chromium, PackagedApp app, BenchmarkSchools.Screen screen, int count) {
        List<BrowserContext> open = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            BrowserContext browser = BrowserTest.newContext(chromium);
            app.signInWithoutAPage(browser, screen.email(), screen.password());
            Page on = browser.newPage();
            on.navigate(app.url(screen.route()));
            waitUntilVaadinIsIdle(on);
            if (!on.url().endsWith(screen.route())) {
                throw new IllegalStateException(screen.email() + " did not reach " + screen.route() + ": " + on.url());
            }
            open.add(browser);
        }
        return open;
    }

    /** Vaadin's own test tools wait like this: every Flow client on the page has nothing in flight. */
    private static void waitUntilVaadinIsIdle(Page on) {
        on.waitForFunction("() => { const clients = window.Vaadin && window.Vaadin.Flow && window.Vaadin.Flow.clients;"
                + " if (!clients) return false; const active = Object.values(clients).filter(c => c.isActive);"
                + " return active.length > 0 && active.every(c => !c.isActive()); }");
    }

    /**
     * Closes the browsers. Their sessions stay on the server until it stops: each screen has an app
     * of its own, and the warm-up's session is in every reading alike.
     */
    private static void close(List<BrowserContext> open) throws InterruptedException {
        open.forEach(BrowserContext::close);
        Thread.sleep(2000);
    }

    private static Reading reading(PackagedApp app) throws IOException, InterruptedException {
        long used = usedHeapAfterGc(app);
        long liveBytes = 0;
        long stateNodes = 0;
        long stateNodeBytes = 0;
        Map<String, Long> bytesPerClass = new HashMap<>();
        for (String line : app.jcmd("GC.class_histogram")) {
            String[] columns = line.trim().split("\\s+");
            if (columns.length >= 3 && columns[0].equals("Total")) {
                liveBytes = Long.parseLong(columns[2]);
            } else if (columns.length >= 4 && columns[0].endsWith(":")) {
                bytesPerClass.merge(columns[3], Long.parseLong(columns[2]), Long::sum);
                if (columns[3].equals(STATE_NODE)) {
                    stateNodes = Long.parseLong(columns[1]);
                    stateNodeBytes = Long.parseLong(columns[2]);
                }
            }
        }
        int workers = (int) app.jcmd("Thread.print").stream().filter(line -> line.startsWith("\"http-nio-")
                && line.contains("-exec-")).count();
        return new Reading(used, liveBytes, stateNodes, stateNodeBytes, bytesPerClass, workers);
    }

    /** The lowest of a few readings, each after forced collections in the app: what is left is what is kept. */
    private static long usedHeapAfterGc(PackagedApp app) throws IOException, InterruptedException {
        long lowest = Long.MAX_VALUE;
        for (int reading = 0; reading < 3; reading++) {
            for (int i = 0; i < 2; i++) {
                app.jcmd("GC.run");
                Thread.sleep(100);
            }
            lowest = Math.min(lowest, usedHeap(app.jcmd("GC.heap_info")));
        }
        return lowest;
    }

    /** The heap's first line: {@code garbage-first heap   total 262144K, used 61234K [...]}. */
    private static long usedHeap(List<String> heapInfo) {
        for (String line : heapInfo) {
            Matcher used = USED.matcher(line);
            if (line.contains("heap") && used.find()) {
                return Long.parseLong(used.group(1)) << 10;
            }
        }
        throw new IllegalStateException("No used heap in GC.heap_info: " + heapInfo);
    }
}
