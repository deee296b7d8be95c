package nl.bordspiegel.mirror;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.ActiveProfiles;

import nl.bordspiegel.TestSchools;
import nl.bordspiegel.history.HistoryDates;
import nl.bordspiegel.history.HistoryImporter;
import nl.bordspiegel.historymodel.SchoolHistory;
import nl.bordspiegel.leadership.LeaderBehaviour;
import nl.bordspiegel.leadership.SyntheticSchool;
import nl.bordspiegel.FixedTime;
import org.springframework.context.ApplicationContext;

/**
 * Not a timed test: how long opening the mirror takes for a school of 30 teams with 3 years
 * of weekly sessions, in the database. Run on its own (excluded from normal runs):
 * {@code ./mvnw -B -q test -Dtest=MirrorBenchmark} (naming the test overrides the exclusion).
 */
@SpringBootTest
@ActiveProfiles("test")
class MirrorBenchmark {

    @Autowired
    private ApplicationContext context;

    private static final int RUNS = 10;

    @Autowired
    private HistoryImporter importer;
    @Autowired
    private MirrorService mirror;
    @Autowired
    private NudgeService nudges;
    @Autowired
    private UserDetailsService accounts;

    @Test
    void openingTheMirrorForThirtyTeamsOverThreeYears() {
        SyntheticSchool generator = SyntheticSchool.of(42, 30, 3).leader("bench", LeaderBehaviour.teamplayer());
        SchoolHistory school = generator.build();
        school = HistoryDates.shift(school, ChronoUnit.DAYS.between(generator.end(), FixedTime.today(context)));
        long started = System.nanoTime();
        importer.importSchool(school, "{noop}bench");
        System.out.printf("imported %d sessions, %d ideas, %d actions, %d comments in %d ms%n", school.sessions().size(),
                school.ideas().size(), school.actions().size(), school.comments().size(), millis(started));
        try {
            long leaderId = TestSchools.signIn(context, "bench@school.example").personId();
            for (WindowChoice choice : WindowChoice.values()) {
                long[] times = new long[RUNS];
                MirrorPage page = null;
                for (int run = 0; run < RUNS; run++) {
                    long start = System.nanoTime();
                    page = mirror.open(leaderId, choice);
                    times[run] = millis(start);
                }
                assertThat(page.hasPattern()).isTrue();
                Arrays.sort(times);
                System.out.printf("open(%s): min %d ms, median %d ms, max %d ms over %d runs (%d sessions held)%n",
                        choice, times[0], times[RUNS / 2], times[RUNS - 1], RUNS, page.held());
            }
            long start = System.nanoTime();
            nudges.currentNudge();
            System.out.printf("currentNudge(): %d ms%n", millis(start));
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private static long millis(long startNanos) {
        return (System.nanoTime() - startNanos) / 1_000_000;
    }
}
