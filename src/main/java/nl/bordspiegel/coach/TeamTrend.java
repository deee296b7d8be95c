package nl.bordspiegel.coach;

import java.time.LocalDate;
import java.util.List;

/**
 * A team over the year, for its coach page: every week with its session state and
 * attendance, the actions by the week they were agreed, and the board's open actions and
 * goals as they stand now.
 */
public record TeamTrend(TeamStatus status, List<Week> weeks, List<ActionWeek> actionWeeks,
                        List<OpenAction> openActions, List<GoalProgress> goals) {

    public TeamTrend {
        weeks = List.copyOf(weeks);
        actionWeeks = List.copyOf(actionWeeks);
        openActions = List.copyOf(openActions);
        goals = List.copyOf(goals);
    }

    public enum WeekState {
        HELD, CANCELLED, MISSING,
        /** The current week before anything was recorded: not missing yet. */
        UPCOMING
    }

    /** A week (Monday to Sunday); attendance rates are null unless a session was held. */
    public record Week(LocalDate monday, WeekState state, Double teacherAttendance, Double leaderAttendance) {
    }

    /** The actions agreed in one week, by where they stand today. */
    public record ActionWeek(LocalDate monday, int done, int open, int overdue, int dropped) {

        public int total() {
            return done + open + overdue + dropped;
        }
    }

    /** {@code owner} and {@code due} may be null. */
    public record OpenAction(String title, String owner, LocalDate due, String status, boolean overdue) {
    }

    /** {@code target}, {@code latest} and {@code latestOn} may be null. */
    public record GoalProgress(String title, String measure, Double target, Double latest, LocalDate latestOn,
                               boolean onTrack) {
    }
}
