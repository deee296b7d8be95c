package nl.bordspiegel.coach;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import nl.bordspiegel.board.BoardFacts.ActionFact;
import nl.bordspiegel.board.BoardFacts.GoalFact;
import nl.bordspiegel.board.BoardFacts.Point;
import nl.bordspiegel.session.SessionFacts.AttendanceFact;
import nl.bordspiegel.session.SessionFacts.SessionFact;
import nl.bordspiegel.session.SessionState;
import nl.bordspiegel.shared.Vocabulary.ActionStatus;
import nl.bordspiegel.shared.Vocabulary.AttendanceMark;

/** The coach overview's rules on plain facts: no database, no clock. */
class TeamStatusCalculatorTest {

    /** A Wednesday. */
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 9);
    private static final LocalDate THIS_MONDAY = LocalDate.of(2026, 12, 7);
    private static final long TEAM = 1;
    private static final long TEACHER = 10;
    private static final long LEADER = 20;

    @Test
    void aTeamThatMetEveryWeekNeedsNoAttention() {
        List<SessionFact> weekly = List.of(held(1), held(2), held(3), held(4), held(5));

        TeamStatus status = status(weekly, List.of(), List.of(), THIS_MONDAY.minusWeeks(1).plusDays(1));

        assertThat(status.sessionsHeld()).isEqualTo(5);
        assertThat(status.weeksMissing()).isZero();
        assertThat(status.attention()).isEmpty();
    }

    @Test
    void twoWeeksWithoutARecordAndALongGapAreReasonsForAVisit() {
        LocalDate lastHeld = THIS_MONDAY.minusWeeks(3).plusDays(1);
        List<SessionFact> sessions = List.of(cancelled(5), held(4), new SessionFact(TEAM, lastHeld, SessionState.CLOSED,
                LEADER));

        TeamStatus status = status(sessions, List.of(), List.of(), lastHeld);

        assertThat(status.sessionsCancelled()).isEqualTo(1);
        assertThat(status.weeksMissing()).isEqualTo(2);
        assertThat(status.attention()).extracting(Attention::reason)
                .containsExactly(Attention.Reason.NO_RECENT_SESSION, Attention.Reason.MISSING_WEEKS);
        assertThat(status.attention().get(0).amount()).isEqualTo(22);
    }

    @Test
    void thisWeekIsNotMissingBeforeItIsOverAndATeamThatNeverMetSaysSo() {
        List<SessionFact> lastFiveWeeks = List.of(held(1), held(2), held(3), held(4), held(5));

        assertThat(TeamStatusCalculator.missingWeeks(lastFiveWeeks, THIS_MONDAY, THIS_MONDAY.minusWeeks(5))).isZero();
        // A team that never met has missed no weeks yet: it has not started.
        assertThat(status(List.of(), List.of(), List.of(), null).attention())
                .containsExactly(new Attention(Attention.Reason.NO_RECENT_SESSION, -1));
    }

    @Test
    void weeksBeforeATeamsFirstSessionAreNotMissed() {
        List<SessionFact> newTeam = List.of(held(2), held(1));

        TeamStatus status = status(newTeam, List.of(), List.of(), THIS_MONDAY.minusWeeks(1).plusDays(1));

        assertThat(status.weeksMissing()).isZero();
        assertThat(status.attention()).isEmpty();
    }

    @Test
    void unrecordedWeeksSinceTheFirstSessionAreMissed() {
        List<SessionFact> sessions = List.of(held(5), held(2));

        // Weeks -4, -3 and -1 have no record; week 0 is not over yet.
        assertThat(TeamStatusCalculator.missingWeeks(sessions, THIS_MONDAY, THIS_MONDAY.minusWeeks(5))).isEqualTo(3);
    }

    @Test
    void onlyOpenActionsPastTheirDueDateAreOverdueAndThreeOfThemAskForAttention() {
        List<ActionFact> actions = List.of(action(ActionStatus.OPEN, TODAY.minusDays(1)),
                action(ActionStatus.IN_PROGRESS, TODAY.minusDays(9)), action(ActionStatus.OPEN, TODAY.minusDays(30)),
                action(ActionStatus.OPEN, TODAY), action(ActionStatus.DONE, TODAY.minusDays(30)),
                action(ActionStatus.DROPPED, TODAY.minusDays(30)));

        TeamStatus status = status(List.of(held(1)), List.of(), actions, THIS_MONDAY.minusDays(6));

        assertThat(status.openActions()).isEqualTo(4);
        assertThat(status.overdueActions()).isEqualTo(3);
        assertThat(status.doneActions()).isEqualTo(1);
        assertThat(status.attention()).extracting(Attention::reason).contains(Attention.Reason.MANY_OVERDUE_ACTIONS);
    }

    @Test
    void partlyPresentCountsHalfAndLeadersAreCountedApart() {
        List<AttendanceFact> marks = List.of(mark(TEACHER, AttendanceMark.PRESENT), mark(11, AttendanceMark.PARTIAL),
                mark(12, AttendanceMark.ABSENT), mark(LEADER, AttendanceMark.PRESENT));

        assertThat(TeamStatusCalculator.rate(marks, Set.of(LEADER), false)).isEqualTo(0.5);
        assertThat(TeamStatusCalculator.rate(marks, Set.of(LEADER), true)).isEqualTo(1.0);
        assertThat(TeamStatusCalculator.rate(marks, Set.of(), true)).isNull();
    }

    @Test
    void theMedianDaysToCloseCountsOnlyDoneActionsWithAClosingDay() {
        List<ActionFact> actions = List.of(closed(ActionStatus.DONE, 2), closed(ActionStatus.DONE, 10),
                closed(ActionStatus.DONE, 4), closed(ActionStatus.DONE, 7), closed(ActionStatus.DROPPED, 1),
                action(ActionStatus.DONE, null));

        assertThat(TeamStatusCalculator.medianDaysToClose(actions)).isEqualTo(5.5);
        assertThat(TeamStatusCalculator.medianDaysToClose(List.of(action(ActionStatus.OPEN, null)))).isNull();
    }

    @Test
    void aGoalIsOnTrackWhenRecentlyMeasuredAndAtOrCloserToItsTarget() {
        GoalFact reached = goal(80.0, point(60, 50), point(3, 82));
        GoalFact closer = goal(80.0, point(60, 50), point(30, 55), point(3, 70));
        GoalFact slipping = goal(80.0, point(60, 50), point(35, 70), point(3, 60));
        GoalFact stale = goal(80.0, point(60, 50), point(29, 90));
        GoalFact falling = goal(10.0, point(60, 30), point(2, 20));

        assertThat(TeamStatusCalculator.onTrack(reached, TODAY)).isTrue();
        assertThat(TeamStatusCalculator.onTrack(closer, TODAY)).isTrue();
        assertThat(TeamStatusCalculator.onTrack(slipping, TODAY)).isFalse();
        assertThat(TeamStatusCalculator.onTrack(stale, TODAY)).isFalse();
        assertThat(TeamStatusCalculator.onTrack(falling, TODAY)).isTrue();
        assertThat(TeamStatusCalculator.onTrack(goal(null, point(1, 5)), TODAY)).isFalse();
    }

    @Test
    void theTrendShowsEveryWeekWithThisWeekUpcomingUntilSomethingIsRecorded() {
        List<SessionFact> sessions = List.of(held(3), cancelled(2));

        List<TeamTrend.Week> weeks = TeamStatusCalculator.weeks(THIS_MONDAY.minusWeeks(3), THIS_MONDAY, sessions,
                List.of(mark(TEACHER, AttendanceMark.PRESENT, THIS_MONDAY.minusWeeks(3))), Set.of());

        assertThat(weeks).extracting(TeamTrend.Week::state).containsExactly(TeamTrend.WeekState.HELD,
                TeamTrend.WeekState.CANCELLED, TeamTrend.WeekState.MISSING, TeamTrend.WeekState.UPCOMING);
        assertThat(weeks.get(0).teacherAttendance()).isEqualTo(1.0);
    }

    private static TeamStatus status(List<SessionFact> sessions, List<AttendanceFact> marks, List<ActionFact> actions,
                                     LocalDate lastHeld) {
        LocalDate firstRecorded = sessions.stream().map(SessionFact::heldOn).min(LocalDate::compareTo).orElse(null);
        return TeamStatusCalculator.status(TEAM, "Groep 5", TODAY, sessions, marks, Set.of(LEADER), actions,
                List.of(), lastHeld, firstRecorded);
    }

    /** A session held on the Tuesday {@code weeksAgo} weeks back. */
    private static SessionFact held(int weeksAgo) {
        return new SessionFact(TEAM, THIS_MONDAY.minusWeeks(weeksAgo).plusDays(1), SessionState.CLOSED, TEACHER);
    }

    private static SessionFact cancelled(int weeksAgo) {
        return new SessionFact(TEAM, THIS_MONDAY.minusWeeks(weeksAgo).plusDays(1), SessionState.CANCELLED, null);
    }

    private static AttendanceFact mark(long person, AttendanceMark mark) {
        return mark(person, mark, THIS_MONDAY.minusWeeks(1));
    }

    private static AttendanceFact mark(long person, AttendanceMark mark, LocalDate day) {
        return new AttendanceFact(TEAM, day, person, mark);
    }

    private static ActionFact action(ActionStatus status, LocalDate due) {
        return new ActionFact(TEAM, "Actie", TEACHER, status, TODAY.minusDays(40), due, null);
    }

    private static ActionFact closed(ActionStatus status, int daysToClose) {
        LocalDate created = TODAY.minusDays(40);
        return new ActionFact(TEAM, "Actie", TEACHER, status, created, null, created.plusDays(daysToClose));
    }

    private static GoalFact goal(Double target, Point... points) {
        return new GoalFact(TEAM, "Lezen", "AVI", target, List.of(points));
    }

    private static Point point(int daysAgo, double value) {
        return new Point(TODAY.minusDays(daysAgo), value);
    }
}
