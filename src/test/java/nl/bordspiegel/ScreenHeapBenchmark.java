package nl.bordspiegel;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.apache.catalina.Container;
import org.apache.catalina.Context;
import org.apache.catalina.Session;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.web.embedded.tomcat.TomcatWebServer;
import org.springframework.boot.web.servlet.context.ServletWebServerApplicationContext;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.TestPropertySource;
import org.springframework.web.context.WebApplicationContext;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.FormData;
import com.microsoft.playwright.options.RequestOptions;
import com.vaadin.flow.server.VaadinServletContext;
import com.vaadin.flow.server.startup.ApplicationConfiguration;

import jakarta.servlet.ServletContext;

/**
 * Not a timed test: the heap an open screen keeps on the server, measured as Vaadin measures
 * session size, on the real application with real browsers. For each screen (board, session,
 * mirror, coach) on the demo school and on 30 teams over 3 years ({@link BenchmarkSchools}):
 * N browser profiles (so N HTTP and Vaadin sessions) sign in and open the screen, then N more;
 * the heap the second N added, divided by N, is what one more open screen costs (the first N
 * also pay once for what any first use starts: caches, pools, buffers; printed apart). Readings
 * are taken once idle connections have closed, so an idle screen holds what it holds in a
 * classroom: its session, its UI and its push channel. Two readings of each difference:
 * <ul>
 * <li>used heap after forced GC ({@code System.gc()} several times, the lowest of a few readings);
 * <li>the JVM's own live-object census, {@code jcmd <pid> GC.class_histogram} (it collects
 * first): total bytes, and Vaadin's {@code StateNode}s (one per element the server keeps for
 * a browser), instances and bytes.
 * </ul>
 * Each browser signs in by posting the login form (CSRF is off for it) without following the
 * redirect, then opens the screen's address: one UI per session, nothing else. Between screens
 * every HTTP session is expired, so each screen starts from the same empty server. Vaadin's
 * component tracker (development mode only: where each component was made) is off, as in the
 * production jar. Run it after {@code package}, which puts Vaadin's production bundle in the
 * classes, so Vaadin runs in production mode as in the jar (development mode keeps about half
 * as much again per page); it prints the mode. Run (README, "Benchmarks"):
 * {@code ./mvnw -B -o verify -DskipPostgres -Dtest=NoSuchTest -Dsurefire.failIfNoSpecifiedTests=false
 * -Dit.test=ScreenHeapBenchmark}
 * ({@code -Dsessions=N} per step, default 10; {@code -Dsettle=S} seconds before a reading, default 25; {@code -Dtop=N} classes that grew most, default 6; {@code -Dschools=demo,30x3} and
 * {@code -Dscreens=board,session,mirror,coach} to measure only some).
 */
@TestPropertySource(properties = "vaadin.devmode.componentTracker.enabled=false")
class ScreenHeapBenchmark extends BrowserTest {

    private static final int SESSIONS = Integer.getInteger("sessions", 10);
    private static final List<String> SCHOOLS = List.of(System.getProperty("schools", "demo,30x3").split(","));
    private static final List<String> SCREENS = List.of(
            System.getProperty("screens", "board,session,mirror,coach").split(","));
    private static final String STATE_NODE = "com.vaadin.flow.internal.StateNode";
    private static final int TOP_CLASSES = Integer.getInteger("top", 6);
    /** Tomcat closes an idle keep-alive connection after 20 s. */
    private static final int SETTLE_SECONDS = Integer.getInteger("settle", 25);

    @Autowired
    private ApplicationContext context;

    /** What the JVM holds at one moment: used heap after GC, and the census's total, state nodes and bytes per class. */
    private record Reading(long usedHeap, long liveBytes, long stateNodes, long stateNodeBytes,
                           Map<String, Long> bytesPerClass) {

        Reading minus(Reading before) {
            Map<String, Long> grown = new HashMap<>(bytesPerClass);
            before.bytesPerClass.forEach((type, bytes) -> grown.merge(type, -bytes, Long::sum));
            return new Reading(usedHeap - before.usedHeap, liveBytes - before.liveBytes,
                    stateNodes - before.stateNodes, stateNodeBytes - before.stateNodeBytes, grown);
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
        System.out.printf("BENCHMARK heap: %d cores, %d sessions per step, max heap %d MB, Vaadin %s mode%n",
                Runtime.getRuntime().availableProcessors(), SESSIONS, Runtime.getRuntime().maxMemory() >> 20,
                productionMode() ? "production" : "development (run it with verify for production mode)");
        for (String school : SCHOOLS) {
            for (BenchmarkSchools.Screen screen : BenchmarkSchools.screens(context, school)) {
                if (SCREENS.contains(screen.name())) {
                    measure(school, screen);
                }
            }
        }
    }

    private void measure(String school, BenchmarkSchools.Screen screen) throws Exception {
        closeAndForget(openScreens(screen, 1));
        Reading without = reading();
        List<BrowserContext> open = new ArrayList<>(openScreens(screen, SESSIONS));
        Reading first = settledReading();
        open.addAll(openScreens(screen, SESSIONS));
        Reading second = settledReading();
        Reading grown = second.minus(first);
        System.out.printf("BENCHMARK heap %-5s %-8s per open screen: %,7d KB after GC, %,7d KB live (histogram),"
                        + " %,6d state nodes (%,d KB); the first %d with what they start once: %,d KB%n", school,
                screen.name(), grown.usedHeap() / SESSIONS >> 10, grown.liveBytes() / SESSIONS >> 10,
                grown.stateNodes() / SESSIONS, grown.stateNodeBytes() / SESSIONS >> 10, SESSIONS,
                first.minus(without).liveBytes() / SESSIONS >> 10);
        System.out.printf("BENCHMARK heap %-5s %-8s grew most: %s%n", school, screen.name(),
                grown.largest(TOP_CLASSES, SESSIONS));
        closeAndForget(open);
    }

    /** A reading once idle connections have closed (Tomcat's keep-alive timeout): an idle screen keeps only its push channel. */
    private static Reading settledReading() throws IOException, InterruptedException {
        Thread.sleep(SETTLE_SECONDS * 1000L);
        return reading();
    }

    private List<BrowserContext> openScreens(BenchmarkSchools.Screen screen, int count) {
        List<BrowserContext> open = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            BrowserContext browser = newContext();
            signInWithoutAPage(browser, screen.email(), screen.password());
            Page on = browser.newPage();
            on.navigate(url(screen.route()));
            waitUntilVaadinIsIdle(on);
            if (!on.url().endsWith(screen.route())) {
                throw new IllegalStateException(screen.email() + " did not reach " + screen.route() + ": " + on.url());
            }
            open.add(browser);
        }
        return open;
    }

    /** The login form's post, as a browser sends it; the redirect is not followed, so no page (and no UI) is made. */
    private void signInWithoutAPage(BrowserContext browser, String email, String password) {
        APIResponse response = browser.request().post(url("login"), RequestOptions.create().setMaxRedirects(0)
                .setForm(FormData.create().set("username", email).set("password", password)));
        String location = response.headers().getOrDefault("location", "");
        if (response.status() != 302 || location.contains("error")) {
            throw new IllegalStateException(email + " could not sign in: " + response.status() + " " + location);
        }
    }

    /** Vaadin's own test tools wait like this: every Flow client on the page has nothing in flight. */
    private static void waitUntilVaadinIsIdle(Page on) {
        on.waitForFunction("() => { const clients = window.Vaadin && window.Vaadin.Flow && window.Vaadin.Flow.clients;"
                + " if (!clients) return false; const active = Object.values(clients).filter(c => c.isActive);"
                + " return active.length > 0 && active.every(c => !c.isActive()); }");
    }

    /** After {@code package} the classes carry Vaadin's production bundle and its build info: as in the jar. */
    private boolean productionMode() {
        ServletContext servlet = ((WebApplicationContext) context).getServletContext();
        return ApplicationConfiguration.get(new VaadinServletContext(servlet)).isProductionMode();
    }

    private void expireAllSessions() {
        TomcatWebServer server = (TomcatWebServer) ((ServletWebServerApplicationContext) context).getWebServer();
        for (Container child : server.getTomcat().getHost().findChildren()) {
            for (Session session : ((Context) child).getManager().findSessions()) {
                session.expire();
            }
        }
    }

    /** Closes the browsers, lets their last requests (push, unload) finish, then ends their sessions on the server. */
    private void closeAndForget(List<BrowserContext> open) throws InterruptedException {
        open.forEach(BrowserContext::close);
        Thread.sleep(2000);
        expireAllSessions();
    }

    private static Reading reading() throws IOException, InterruptedException {
        long used = usedHeapAfterGc();
        long liveBytes = 0;
        long stateNodes = 0;
        long stateNodeBytes = 0;
        Map<String, Long> bytesPerClass = new HashMap<>();
        for (String line : histogram()) {
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
        return new Reading(used, liveBytes, stateNodes, stateNodeBytes, bytesPerClass);
    }

    /** The lowest of a few readings, each after several forced collections: what is left is what is kept. */
    private static long usedHeapAfterGc() throws InterruptedException {
        long lowest = Long.MAX_VALUE;
        for (int reading = 0; reading < 3; reading++) {
            for (int i = 0; i < 4; i++) {
                System.gc();
                Thread.sleep(100);
            }
            lowest = Math.min(lowest, ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed());
        }
        return lowest;
    }

    private static List<String> histogram() throws IOException, InterruptedException {
        Process jcmd = new ProcessBuilder("jcmd", Long.toString(ProcessHandle.current().pid()), "GC.class_histogram")
                .redirectErrorStream(true).start();
        String output = new String(jcmd.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (jcmd.waitFor() != 0) {
            throw new IllegalStateException("jcmd failed: " + output);
        }
        return output.lines().toList();
    }
}
