package nl.bordspiegel;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.context.annotation.Import;

import com.vaadin.flow.component.UI;

/**
 * Not a timed test: what opening the board, session, mirror and coach screens costs on the
 * demo school and on a generated school of 30 teams over 3 years ({@link BenchmarkSchools}).
 * Per screen it prints the server CPU of a warm opening (the opening thread's CPU time,
 * median and minimum) and its database round trips ({@link QueryCounter}). Heap per open
 * screen is measured in real browsers by {@link ScreenHeapBenchmark}: Karibu builds a new
 * Vaadin service per sign-in, which makes heap readings here meaningless. Vaadin's component
 * tracker (development mode only: it notes where every component was made, a third of a
 * mirror's opening) is off, as in the production jar.
 * Run (README, "Benchmarks"):
 * {@code ./mvnw -B -o -q test -DskipPostgres -Dtest=ScreenBenchmark}
 * ({@code -Dopens=N} measured openings, default 10, after {@code -Dwarmup=N}, default 10; {@code -Dschools=demo,30x3} and
 * {@code -Dscreens=board,session,mirror,coach} to measure only some).
 */
@Import(QueryCounter.class)
class ScreenBenchmark extends KaribuTest {

    private static final int OPENS = Integer.getInteger("opens", 10);
    /** Openings before the measured ones, so the JIT has compiled the screen's code: "warm" as a busy server is. */
    private static final int WARMUP = Integer.getInteger("warmup", 10);
    private static final List<String> SCHOOLS = List.of(System.getProperty("schools", "demo,30x3").split(","));
    private static final List<String> SCREENS = List.of(
            System.getProperty("screens", "board,session,mirror,coach").split(","));
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    static {
        // Karibu's Vaadin reads this from the system properties, before the first component is made.
        System.setProperty("vaadin.devmode.componentTracker.enabled", "false");
    }

    @Test
    void screensOnTheDemoSchoolAndOnThirtyTeamsOverThreeYears() {
        System.out.printf("BENCHMARK screens: %d cores, %d warm openings per screen after %d to warm up%n",
                Runtime.getRuntime().availableProcessors(), OPENS, WARMUP);
        for (String school : SCHOOLS) {
            for (BenchmarkSchools.Screen screen : BenchmarkSchools.screens(context(), school)) {
                if (SCREENS.contains(screen.name())) {
                    report(school, screen);
                }
            }
        }
    }

    private void report(String school, BenchmarkSchools.Screen screen) {
        loginAs(screen.email());
        for (int i = 0; i < WARMUP; i++) {
            open(screen.route());
        }
        long[] cpu = new long[OPENS];
        long[] queries = new long[OPENS];
        for (int i = 0; i < OPENS; i++) {
            long before = THREADS.getCurrentThreadCpuTime();
            queries[i] = open(screen.route());
            cpu[i] = THREADS.getCurrentThreadCpuTime() - before;
        }
        Arrays.sort(cpu);
        Arrays.sort(queries);
        System.out.printf("BENCHMARK %-5s %-8s warm open: CPU median %6.1f ms (min %.1f), %3d queries%n", school,
                screen.name(), cpu[OPENS / 2] / 1e6, cpu[0] / 1e6, queries[OPENS / 2]);
    }

    private static long open(String route) {
        UI.getCurrent().navigate("wachtwoord");
        return QueryCounter.during(() -> UI.getCurrent().navigate(route));
    }
}
