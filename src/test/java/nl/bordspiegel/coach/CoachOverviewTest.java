package nl.bordspiegel.coach;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.ActiveProfiles;

import nl.bordspiegel.DemoLogins;
import nl.bordspiegel.TestSchools;
import nl.bordspiegel.shared.Messages;

@SpringBootTest
@ActiveProfiles("test")
class CoachOverviewTest {

    @Autowired
    private ApplicationContext context;
    @Autowired
    private CoachOverview overview;
    @Autowired
    private JdbcTemplate jdbc;
    @Autowired
    private Clock clock;

    private CoachTestSchool school;

    @BeforeEach
    void buildSchool() {
        school = CoachTestSchool.create(context, LocalDate.now(clock));
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    private TeamStatus team(String name) {
        return overview.teams().stream().filter(team -> team.teamName().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void heldCancelledAndMissingWeeksCountOnlyTheLastSixWeeks() {
        TestSchools.signIn(context, school.email("cas"));

        TeamStatus steady = team(school.steady());

        assertThat(steady.sessionsHeld()).isEqualTo(3);
        assertThat(steady.sessionsCancelled()).isEqualTo(1);
        assertThat(steady.weeksMissing()).isEqualTo(1);
        assertThat(steady.lastSession()).isEqualTo(school.monday.minusWeeks(1).plusDays(1));
        assertThat(steady.differentLeads()).isEqualTo(2);
    }

    @Test
    void teachersAndLeadersAttendanceAreCountedApartWithPartlyPresentAsHalf() {
        TestSchools.signIn(context, school.email("cas"));

        TeamStatus steady = team(school.steady());

        assertThat(steady.teacherAttendance()).isCloseTo(0.75, within(1e-9));
        assertThat(steady.leaderAttendance()).isCloseTo(0.5, within(1e-9));
    }

    @Test
    void actionsAreCountedOpenOverdueAndDoneWithTheMedianDaysToClose() {
        TestSchools.signIn(context, school.email("cas"));

        TeamStatus steady = team(school.steady());

        assertThat(steady.openActions()).isEqualTo(4);
        assertThat(steady.overdueActions()).isEqualTo(2);
        assertThat(steady.doneActions()).isEqualTo(2);
        assertThat(steady.medianDaysToClose()).isEqualTo(7.0);
        assertThat(steady.goalsOnTrack()).isEqualTo(1);
        assertThat(steady.goalsRunning()).isEqualTo(2);
    }

    @Test
    void aQuietTeamNeedsAttentionAndSaysWhyWhileASteadyOneDoesNot() {
        TestSchools.signIn(context, school.email("cas"));

        TeamStatus quiet = team(school.quiet());

        assertThat(quiet.sessionsHeld()).isEqualTo(1);
        // Weeks -3, -2 and -1; week -5 came before its first session, so it is not missed.
        assertThat(quiet.weeksMissing()).isEqualTo(3);
        assertThat(quiet.overdueActions()).isEqualTo(3);
        assertThat(quiet.goalsOnTrack()).isZero();
        assertThat(quiet.attention()).extracting(Attention::reason).containsExactly(
                Attention.Reason.NO_RECENT_SESSION, Attention.Reason.MANY_OVERDUE_ACTIONS,
                Attention.Reason.MISSING_WEEKS);
        assertThat(quiet.attention().get(0).amount()).isGreaterThan(14);
        assertThat(quiet.attention().get(0).text(Messages.DUTCH)).matches("Al \\d+ dagen geen sessie");
        assertThat(team(school.steady()).needsAttention()).isFalse();
        assertThat(overview.teams()).extracting(TeamStatus::teamName)
                .containsExactly(school.quiet(), school.steady());
    }

    @Test
    void theTrendHasEveryWeekSinceTheFirstSessionWithGapsAndTheOpenActions() {
        TestSchools.signIn(context, school.email("cas"));

        TeamTrend trend = overview.trend(school.teamId(jdbc, school.steady()));

        assertThat(trend.weeks()).hasSize(8);
        assertThat(trend.weeks()).extracting(TeamTrend.Week::state).containsExactly(
                TeamTrend.WeekState.HELD, TeamTrend.WeekState.MISSING, TeamTrend.WeekState.HELD,
                TeamTrend.WeekState.CANCELLED, TeamTrend.WeekState.MISSING, TeamTrend.WeekState.HELD,
                TeamTrend.WeekState.HELD, TeamTrend.WeekState.UPCOMING);
        assertThat(trend.weeks().get(2).teacherAttendance()).isCloseTo(0.75, within(1e-9));
        assertThat(trend.openActions()).extracting(TeamTrend.OpenAction::title)
                .containsExactly("Overdue in progress", "Overdue open", "Due next week", "No date");
        assertThat(trend.openActions()).extracting(TeamTrend.OpenAction::overdue)
                .containsExactly(true, true, false, false);
        assertThat(trend.actionWeeks()).extracting(TeamTrend.ActionWeek::total).containsExactly(3, 2, 2);
        assertThat(trend.goals()).extracting(TeamTrend.GoalProgress::onTrack).containsExactly(true, false);
    }

    @Test
    void csvUsesSemicolonsAndAByteOrderMarkForDutchExcel() {
        TestSchools.signIn(context, school.email("cas"));

        byte[] csv = overview.csv(Messages.DUTCH);

        assertThat(csv).startsWith((byte) 0xEF, (byte) 0xBB, (byte) 0xBF);
        String text = new String(csv, 3, csv.length - 3, StandardCharsets.UTF_8);
        String[] lines = text.split("\r\n");
        assertThat(lines).hasSize(3);
        assertThat(lines[0]).startsWith("Team;Gehouden;Afgelast;Ontbrekend;Aanwezig leraren (%)");
        assertThat(lines[2]).startsWith(school.steady() + ";3;1;1;75;50;2;4;2;2;7;1;2;");
        assertThat(lines[1]).contains("acties over de datum");
    }

    @Test
    void anAdminOfTheSchoolMayReadTheOverview() {
        TestSchools.signIn(context, school.email("ada"));

        assertThat(overview.teams()).extracting(TeamStatus::teamName).containsExactlyInAnyOrder(school.quiet(),
                school.steady());
        assertThat(overview.csv(Locale.ENGLISH)).isNotEmpty();
    }

    @Test
    void aTeacherIsRefused() {
        TestSchools.signIn(context, school.email("anna"));

        assertThatThrownBy(() -> overview.teams()).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> overview.trend(school.teamId(jdbc, school.steady())))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> overview.csv(Messages.DUTCH)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void aLeaderWithoutTheCoachRoleIsRefusedEvenForTheTeamTheyFollow() {
        TestSchools.signIn(context, school.email("lisa"));

        assertThatThrownBy(() -> overview.teams()).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> overview.trend(school.teamId(jdbc, school.steady())))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void aCoachOfAnotherSchoolSeesNoneOfThisSchool() {
        TestSchools.signIn(context, DemoLogins.COACH);

        assertThat(overview.teams()).extracting(TeamStatus::teamName)
                .doesNotContain(school.steady(), school.quiet()).isNotEmpty();
        assertThatThrownBy(() -> overview.trend(school.teamId(jdbc, school.steady())))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void nobodySignedInIsRefused() {
        assertThatThrownBy(() -> overview.teams()).isInstanceOf(AccessDeniedException.class);
    }
}
