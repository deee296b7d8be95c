package nl.bordspiegel;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.context.annotation.Import;

import com.vaadin.flow.component.UI;

import nl.bordspiegel.history.HistoryDates;
import nl.bordspiegel.historymodel.SchoolHistory;
import nl.bordspiegel.leadership.LeaderBehaviour;
import nl.bordspiegel.leadership.SyntheticSchool;

/**
 * Not a timed test: what opening the board, session, mirror and coach screens costs on the
 * demo school and on a generated school of 30 teams over 3 years (the project's own generator,
 * {@link SyntheticSchool}). Per screen it prints the server CPU of one warm opening (the
 * opening thread's CPU time, median), its database round trips ({@link QueryCounter}) and the
 * heap it keeps while open, measured as Vaadin measures session size: N open screens, forced
 * GC, used heap with them minus without them, divided by N. Run (README, "Benchmarks"):
 * {@code ./mvnw -B -q test -Dtest=ScreenBenchmark -Dsurefire.failIfNoSpecifiedTests=false}
 * ({@code -Dscreens=N} screens per heap figure, default 20; {@code -Dopens=N}, default 10).
 */
@Import(QueryCounter.class)
class ScreenBenchmark extends KaribuTest {

    private static final int SCREENS = Integer.getInteger("screens", 20);
    private static final int OPENS = Integer.getInteger("opens", 10);
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private record Screen(String name, String email, String route) {
    }

    @Test
    void screensOnTheDemoSchoolAndOnThirtyTeamsOverThreeYears() {
        System.out.printf("BENCHMARK screens: %d cores, %d screens per heap figure, %d warm openings%n",
                Runtime.getRuntime().availableProcessors(), SCREENS, OPENS);
        long demoTeam = teamId("Kernteam Rekenen");
        report("demo", List.of(
                new Screen("board", DemoLogins.TEACHER, "bord/" + demoTeam),
                new Screen("session", DemoLogins.TEACHER, "bord/" + demoTeam + "/sessie"),
                new Screen("mirror", DemoLogins.KEYPLAYER_LEADER, "spiegel"),
                new Screen("coach", DemoLogins.COACH, "coach")));

        SyntheticSchool generator = SyntheticSchool.of(42, 30, 3).leader("bench", LeaderBehaviour.teamplayer());
        SchoolHistory school = generator.build();
        school = HistoryDates.shift(school, ChronoUnit.DAYS.between(generator.end(), FixedTime.today(context())));
        TestSchools.importSchool(context(), school);
        long bigTeam = teamId("Team 1");
        report("30x3", List.of(
                new Screen("board", "t1-0@school.example", "bord/" + bigTeam),
                new Screen("session", "t1-0@school.example", "bord/" + bigTeam + "/sessie"),
                new Screen("mirror", "bench@school.example", "spiegel"),
                new Screen("coach", "c1@school.example", "coach")));
    }

    private void report(String schoolName, List<Screen> screens) {
        for (Screen screen : screens) {
            loginAs(screen.email());
            open(screen.route());
            long[] cpu = new long[OPENS];
            long[] queries = new long[OPENS];
            for (int i = 0; i < OPENS; i++) {
                long before = THREADS.getCurrentThreadCpuTime();
                queries[i] = open(screen.route());
                cpu[i] = THREADS.getCurrentThreadCpuTime() - before;
            }
            Arrays.sort(cpu);
            Arrays.sort(queries);
            long heap = retainedPerScreen(screen);
            System.out.printf("BENCHMARK %-5s %-8s warm open: CPU median %6.1f ms (min %.1f), %3d queries;"
                    + " retained heap per open screen %,d KB%n", schoolName, screen.name(), cpu[OPENS / 2] / 1e6,
                    cpu[0] / 1e6, queries[OPENS / 2], heap / 1024);
        }
    }

    /** Vaadin's way: N sessions each with the screen open, forced GC, (heap with them - heap without) / N. */
    private long retainedPerScreen(Screen screen) {
        List<UI> open = new ArrayList<>();
        long without = usedHeapAfterGc();
        for (int i = 0; i < SCREENS; i++) {
            loginAs(screen.email());
            UI.getCurrent().navigate(screen.route());
            open.add(UI.getCurrent());
        }
        long with = usedHeapAfterGc();
        long perScreen = (with - without) / SCREENS;
        open.clear();
        return perScreen;
    }

    private static long usedHeapAfterGc() {
        Runtime runtime = Runtime.getRuntime();
        for (int i = 0; i < 4; i++) {
            System.gc();
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        return runtime.totalMemory() - runtime.freeMemory();
    }

    private long teamId(String name) {
        return context().getBean(org.springframework.jdbc.core.JdbcTemplate.class).queryForObject(
                "select id from team where name = ? order by id desc limit 1", Long.class, name);
    }

    private static long open(String route) {
        UI.getCurrent().navigate("wachtwoord");
        return QueryCounter.during(() -> UI.getCurrent().navigate(route));
    }
}
