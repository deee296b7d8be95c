package nl.bordspiegel.board;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;

import nl.bordspiegel.BrowserTest;
import nl.bordspiegel.DemoLogins;
import nl.bordspiegel.TestSchools;

/**
 * Not a timed test: N screens in headless Chromium on one demo board, a card added by a
 * colleague, and how long until every screen shows it (median and p95 over all screens and
 * rounds), with the server's CPU for the whole fan-out (the CPU of every JVM thread but the
 * test's own, which only waits). Each page notes, with a MutationObserver, the moment the card
 * appears; the test reads those moments afterwards, so it does not poll while the change travels.
 * Run (README, "Benchmarks"):
 * {@code ./mvnw -B -o test -DskipPostgres -Dtest=LiveBoardBenchmark -Dscreens=30 -Drounds=5}
 */
class LiveBoardBenchmark extends BrowserTest {

    private static final int SCREENS = Integer.getInteger("screens", 30);
    private static final int ROUNDS = Integer.getInteger("rounds", 5);
    private static final long WAIT_MS = 60_000;
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    @Autowired
    private BoardService boards;
    @Autowired
    private JdbcTemplate jdbc;
    @Autowired
    private org.springframework.context.ApplicationContext context;

    @Test
    void oneCardReachesEveryScreenOfTheBoard() throws InterruptedException {
        long team = jdbc.queryForObject("select id from team where name = 'Kernteam Rekenen'", Long.class);
        List<BrowserContext> screens = new ArrayList<>();
        List<Page> pages = new ArrayList<>();
        for (int i = 0; i < SCREENS; i++) {
            BrowserContext screen = newContext();
            Page on = screen.newPage();
            signIn(on, DemoLogins.TEACHER, DemoLogins.PASSWORD);
            waitForHome(on);
            on.navigate(url("bord/" + team));
            on.locator("#column-successes").waitFor();
            screens.add(screen);
            pages.add(on);
        }
        long author = TestSchools.signIn(context, DemoLogins.TEACHER).personId();
        List<Long> latencies = new ArrayList<>();
        List<Double> cpu = new ArrayList<>();
        try {
            for (int round = 0; round < ROUNDS; round++) {
                String text = "Livekaart " + round + " " + System.nanoTime();
                for (Page on : pages) {
                    on.evaluate("text => { window.__seenAt = 0; new MutationObserver((changes, observer) => {"
                            + " if (document.body.innerText.includes(text)) { window.__seenAt = Date.now();"
                            + " observer.disconnect(); } }).observe(document.body,"
                            + " { childList: true, subtree: true, characterData: true }); }", text);
                }
                Map<Long, Long> before = threadCpu();
                long start = System.currentTimeMillis();
                boards.addSuccess(team, author, text);
                long last = waitForAll(pages, start);
                cpu.add(serverCpuSince(before) / 1e6);
                for (Page on : pages) {
                    long seen = ((Number) on.evaluate("() => window.__seenAt")).longValue();
                    latencies.add(seen == 0 ? WAIT_MS : seen - start);
                }
                System.out.printf("BENCHMARK live round %d: last screen after %d ms%n", round, last - start);
            }
        } finally {
            SecurityContextHolder.clearContext();
            screens.forEach(BrowserContext::close);
        }
        Collections.sort(latencies);
        Collections.sort(cpu);
        System.out.printf("BENCHMARK live propagation (%d cores): %d screens x %d cards, median %d ms, p95 %d ms,"
                + " max %d ms; server CPU per fan-out median %.0f ms (max %.0f ms)%n",
                Runtime.getRuntime().availableProcessors(), SCREENS, ROUNDS, latencies.get(latencies.size() / 2),
                latencies.get((int) Math.ceil(latencies.size() * 0.95) - 1), latencies.get(latencies.size() - 1),
                cpu.get(cpu.size() / 2), cpu.get(cpu.size() - 1));
    }

    /** Waits (checking twice a second) until every page has seen the card; returns the moment the last one did. */
    private static long waitForAll(List<Page> pages, long start) throws InterruptedException {
        while (System.currentTimeMillis() - start < WAIT_MS) {
            Thread.sleep(500);
            long last = 0;
            boolean all = true;
            for (Page on : pages) {
                long seen = ((Number) on.evaluate("() => window.__seenAt")).longValue();
                all &= seen > 0;
                last = Math.max(last, seen);
            }
            if (all) {
                return last;
            }
        }
        return start + WAIT_MS;
    }

    private static Map<Long, Long> threadCpu() {
        Map<Long, Long> cpu = new HashMap<>();
        for (long id : THREADS.getAllThreadIds()) {
            cpu.put(id, THREADS.getThreadCpuTime(id));
        }
        return cpu;
    }

    /** CPU nanoseconds of every thread but this one (it only waits and reads the pages) since {@code before}. */
    private static long serverCpuSince(Map<Long, Long> before) {
        long self = Thread.currentThread().getId();
        long total = 0;
        for (long id : THREADS.getAllThreadIds()) {
            long now = THREADS.getThreadCpuTime(id);
            if (id == self || now < 0) {
                continue;
            }
            total += now - Math.max(0, before.getOrDefault(id, 0L));
        }
        return total;
    }
}
