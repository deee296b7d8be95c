package nl.bordspiegel.history;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.ActiveProfiles;

import nl.bordspiegel.DemoLogins;
import nl.bordspiegel.FixedTime;
import nl.bordspiegel.FreshDatabase;
import nl.bordspiegel.TestSchools;
import nl.bordspiegel.coach.Attention;
import nl.bordspiegel.coach.CoachOverview;
import nl.bordspiegel.coach.TeamStatus;
import nl.bordspiegel.mirror.MirrorPage;
import nl.bordspiegel.mirror.MirrorService;
import nl.bordspiegel.mirror.WindowChoice;
import nl.bordspiegel.session.HistoryWeek;
import nl.bordspiegel.session.SessionService;

/**
 * The demo school is imported relative to the day the app first starts. Whatever that day is,
 * a visitor must see the same school: the same teams asking for a coach's attention, the same
 * leader patterns as the README's table, and the same weeks without a record. Each case empties
 * the database, moves the clock and replays the first-start import.
 */
@SpringBootTest
@ActiveProfiles("test")
class DemoSchoolEveryDayTest {

    @Autowired
    private ApplicationContext context;
    @Autowired
    private CoachOverview overview;
    @Autowired
    private MirrorService mirror;
    @Autowired
    private SessionService sessions;

    /** Each weekday of one week (early Monday, late Friday, Sunday night), and the evening before a school year starts. */
    static Stream<LocalDateTime> days() {
        LocalDate monday = LocalDate.of(2026, 12, 7);
        return Stream.of(monday.atTime(8, 5), monday.plusDays(1).atTime(12, 0), monday.plusDays(2).atTime(10, 15),
                monday.plusDays(3).atTime(16, 30), monday.plusDays(4).atTime(19, 45), monday.plusDays(5).atTime(11, 0),
                monday.plusDays(6).atTime(23, 30), LocalDate.of(2027, 7, 31).atTime(20, 0));
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @ParameterizedTest
    @MethodSource("days")
    void demoLooksTheSameWhateverTheDayItWasFirstStarted(LocalDateTime day) {
        FixedTime.clockOf(context).setTo(day);
        FreshDatabase.reset(context);

        SoftAssertions.assertSoftly(softly -> {
            softly.assertThat(attention()).as("teams needing attention on " + day).isEqualTo(Map.of(
                    "Groep 1-2", List.of(), "Groep 3-4", List.of(), "Groep 5-6", List.of(), "Groep 7-8", List.of(),
                    // A new team: weeks before its first session are not missing, its late actions are.
                    "Kernteam Rekenen", List.of("MANY_OVERDUE_ACTIONS 3")));
            // The README's table of demo leaders.
            softly.assertThat(headline(DemoLogins.KEYPLAYER_LEADER)).as("Monique on " + day).isEqualTo("KEYPLAYER");
            softly.assertThat(headline(DemoLogins.TEAMPLAYER_LEADER)).as("Erik on " + day).isEqualTo("TEAMPLAYER");
            softly.assertThat(headline(DemoLogins.FACILITATOR_LEADER)).as("Carla on " + day).isEqualTo("FACILITATOR");
            softly.assertThat(headline(DemoLogins.NEW_LEADER)).as("Tom on " + day).isEqualTo("too little data");
            // Weeks back from this one; 0 is this week, which is not over yet and never a gap.
            // Groep 7-8 recorded nothing for two weeks, two months ago.
            softly.assertThat(weeksWithoutARecord(day.toLocalDate())).as("weeks without a record on " + day)
                    .isEqualTo(Map.of("Groep 1-2", List.of(0L), "Groep 3-4", List.of(0L), "Groep 5-6", List.of(0L),
                            "Groep 7-8", List.of(0L, 8L, 9L), "Kernteam Rekenen", List.of(0L)));
        });
    }

    private Map<String, List<String>> attention() {
        TestSchools.signIn(context, DemoLogins.COACH);
        Map<String, List<String>> attention = new TreeMap<>();
        for (TeamStatus team : overview.teams()) {
            attention.put(team.teamName(), team.attention().stream().map(DemoSchoolEveryDayTest::shown).toList());
        }
        return attention;
    }

    private Map<String, List<Long>> weeksWithoutARecord(LocalDate today) {
        TestSchools.signIn(context, DemoLogins.COACH);
        LocalDate thisMonday = today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        Map<String, List<Long>> gaps = new TreeMap<>();
        for (TeamStatus team : overview.teams()) {
            List<HistoryWeek> weeks = sessions.history(team.teamId(), 0, sessions.historyWeeks(team.teamId()));
            gaps.put(team.teamName(), weeks.stream().filter(HistoryWeek::withoutRecord)
                    .map(week -> ChronoUnit.WEEKS.between(week.monday(), thisMonday)).sorted().toList());
        }
        return gaps;
    }

    private static String shown(Attention attention) {
        // Days since the last session grow with the weekday; whether it is shown must not.
        return attention.reason() == Attention.Reason.NO_RECENT_SESSION ? attention.reason().name()
                : attention.reason().name() + " " + attention.amount();
    }

    private String headline(String email) {
        long leader = TestSchools.signIn(context, email).personId();
        MirrorPage page = mirror.open(leader, WindowChoice.WEEKS_12);
        return page.hasPattern() ? page.profile().primary().name() : "too little data";
    }
}
