package nl.bordspiegel.coach;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;

import nl.bordspiegel.board.BoardFacts.ActionFact;
import nl.bordspiegel.board.BoardFacts.GoalFact;
import nl.bordspiegel.board.BoardFacts.Point;
import nl.bordspiegel.session.SessionFacts.AttendanceFact;
import nl.bordspiegel.session.SessionFacts.SessionFact;
import nl.bordspiegel.shared.Vocabulary.ActionStatus;

/**
 * The coach overview's rules as plain functions of the board's and the sessions' facts and
 * a day: how a team is doing, when it needs attention, its weeks and actions over the year.
 * No database and no clock, so each rule has a plain unit test.
 */
final class TeamStatusCalculator {

    /** The overview's window: the current week and the five before it. */
    static final int WEEKS = 6;
    /** Teams meet weekly; two weeks without a held session is a gap worth a coach's visit. */
    static final int DAYS_WITHOUT_SESSION = 14;
    /** One or two late actions happen; three or more means the board is no longer followed up. */
    static final int MANY_OVERDUE = 3;
    /** One quiet week (a holiday) is normal; two unrecorded weeks out of six is not. */
    static final int MANY_MISSING_WEEKS = 2;
    /** A goal measured more than four weeks ago says nothing about being on track now. */
    static final int GOAL_STALE_DAYS = 28;

    private TeamStatusCalculator() {
    }

    static LocalDate monday(LocalDate day) {
        return day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }

    /** The first day of the overview's window on {@code today}. */
    static LocalDate windowStart(LocalDate today) {
        return monday(today).minusWeeks(WEEKS - 1);
    }

    /**
     * One team's status. {@code sessions} and {@code attendance} are those of the window,
     * {@code actions} the team's open actions and those made or closed in the window (so done
     * and days to close count the window, whatever the board's age), {@code goals} its running goals, {@code leaders}
     * everyone holding the leader role (also when visiting a team they do not follow).
     */
    static TeamStatus status(long teamId, String teamName, LocalDate today, List<SessionFact> sessions,
                             List<AttendanceFact> attendance, Set<Long> leaders, List<ActionFact> actions,
                             List<GoalFact> goals, LocalDate lastHeld, LocalDate firstRecorded) {
        List<SessionFact> held = sessions.stream().filter(SessionFact::held).toList();
        int cancelled = (int) sessions.stream().filter(SessionFact::cancelled).count();
        int missing = firstRecorded == null ? 0 : missingWeeks(sessions, monday(today), monday(firstRecorded));
        int leads = (int) held.stream().map(SessionFact::ledBy).filter(Objects::nonNull).distinct().count();
        int open = (int) actions.stream().filter(ActionFact::open).count();
        int overdue = (int) actions.stream().filter(action -> action.overdue(today)).count();
        int done = (int) actions.stream().filter(action -> action.status() == ActionStatus.DONE).count();
        int onTrack = (int) goals.stream().filter(goal -> onTrack(goal, today)).count();
        return new TeamStatus(teamId, teamName, held.size(), cancelled, missing,
                rate(attendance, leaders, false), rate(attendance, leaders, true), leads, open, overdue, done,
                medianDaysToClose(actions), onTrack, goals.size(), lastHeld,
                attention(today, lastHeld, overdue, missing));
    }

    static List<Attention> attention(LocalDate today, LocalDate lastHeld, int overdue, int missing) {
        List<Attention> reasons = new ArrayList<>();
        if (lastHeld == null) {
            reasons.add(new Attention(Attention.Reason.NO_RECENT_SESSION, -1));
        } else if (ChronoUnit.DAYS.between(lastHeld, today) > DAYS_WITHOUT_SESSION) {
            reasons.add(new Attention(Attention.Reason.NO_RECENT_SESSION, ChronoUnit.DAYS.between(lastHeld, today)));
        }
        if (overdue >= MANY_OVERDUE) {
            reasons.add(new Attention(Attention.Reason.MANY_OVERDUE_ACTIONS, overdue));
        }
        if (missing >= MANY_MISSING_WEEKS) {
            reasons.add(new Attention(Attention.Reason.MISSING_WEEKS, missing));
        }
        return reasons;
    }

    /**
     * Past weeks of the window with neither a held nor a cancelled session; this week is not
     * over yet, and weeks before the team's first session are not missed: the team did not exist.
     */
    static int missingWeeks(List<SessionFact> sessions, LocalDate thisMonday, LocalDate firstMonday) {
        Set<LocalDate> recorded = new HashSet<>();
        sessions.stream().filter(session -> session.held() || session.cancelled())
                .forEach(session -> recorded.add(monday(session.heldOn())));
        int missing = 0;
        for (int back = 1; back < WEEKS; back++) {
            LocalDate week = thisMonday.minusWeeks(back);
            if (!week.isBefore(firstMonday) && !recorded.contains(week)) {
                missing++;
            }
        }
        return missing;
    }

    /** (present + half of partly present) / marks recorded; the inference counts presence the same way. */
    static Double rate(List<AttendanceFact> marks, Set<Long> leaders, boolean ofLeaders) {
        double counted = 0;
        int recorded = 0;
        for (AttendanceFact mark : marks) {
            if (leaders.contains(mark.personId()) != ofLeaders) {
                continue;
            }
            recorded++;
            counted += switch (mark.mark()) {
                case PRESENT -> 1.0;
                case PARTIAL -> 0.5;
                case ABSENT -> 0.0;
            };
        }
        return recorded == 0 ? null : counted / recorded;
    }

    static Double medianDaysToClose(List<ActionFact> actions) {
        List<Long> days = actions.stream()
                .filter(action -> action.status() == ActionStatus.DONE && action.closedOn() != null)
                .map(action -> ChronoUnit.DAYS.between(action.createdOn(), action.closedOn())).sorted().toList();
        if (days.isEmpty()) {
            return null;
        }
        int middle = days.size() / 2;
        return days.size() % 2 == 1 ? days.get(middle) : (days.get(middle - 1) + days.get(middle)) / 2.0;
    }

    /** Every week from {@code firstMonday} to this one, with its state and attendance. */
    static List<TeamTrend.Week> weeks(LocalDate firstMonday, LocalDate thisMonday, List<SessionFact> sessions,
                                      List<AttendanceFact> attendance, Set<Long> leaders) {
        Map<LocalDate, List<SessionFact>> sessionsByWeek = group(sessions, session -> monday(session.heldOn()));
        Map<LocalDate, List<AttendanceFact>> attendanceByWeek = group(attendance, mark -> monday(mark.heldOn()));
        List<TeamTrend.Week> weeks = new ArrayList<>();
        for (LocalDate monday = firstMonday; !monday.isAfter(thisMonday); monday = monday.plusWeeks(1)) {
            List<SessionFact> inWeek = sessionsByWeek.getOrDefault(monday, List.of());
            List<AttendanceFact> marks = attendanceByWeek.getOrDefault(monday, List.of());
            TeamTrend.WeekState state;
            if (inWeek.stream().anyMatch(SessionFact::held)) {
                state = TeamTrend.WeekState.HELD;
            } else if (inWeek.stream().anyMatch(SessionFact::cancelled)) {
                state = TeamTrend.WeekState.CANCELLED;
            } else {
                state = monday.equals(thisMonday) ? TeamTrend.WeekState.UPCOMING : TeamTrend.WeekState.MISSING;
            }
            weeks.add(new TeamTrend.Week(monday, state, rate(marks, leaders, false), rate(marks, leaders, true)));
        }
        return weeks;
    }

    /** Actions by the week they were agreed, by where they stand today. */
    static List<TeamTrend.ActionWeek> actionWeeks(List<ActionFact> actions, LocalDate today) {
        Map<LocalDate, int[]> byWeek = new TreeMap<>();
        for (ActionFact action : actions) {
            int[] counts = byWeek.computeIfAbsent(monday(action.createdOn()), week -> new int[4]);
            if (action.status() == ActionStatus.DONE) {
                counts[0]++;
            } else if (action.overdue(today)) {
                counts[2]++;
            } else if (action.open()) {
                counts[1]++;
            } else {
                counts[3]++;
            }
        }
        return byWeek.entrySet().stream().map(entry -> new TeamTrend.ActionWeek(entry.getKey(), entry.getValue()[0],
                entry.getValue()[1], entry.getValue()[2], entry.getValue()[3])).toList();
    }

    /**
     * On track: the goal has a numeric target and its latest measurement is recent and has
     * reached the target, or is closer to it than the team stood four weeks before (or at
     * the start, for a younger goal).
     */
    static boolean onTrack(GoalFact goal, LocalDate today) {
        List<Point> measurements = goal.measurements();
        Double target = goal.target();
        if (target == null || measurements.isEmpty()) {
            return false;
        }
        Point latest = measurements.get(measurements.size() - 1);
        if (ChronoUnit.DAYS.between(latest.on(), today) > GOAL_STALE_DAYS) {
            return false;
        }
        Point first = measurements.get(0);
        boolean rising = target >= first.value();
        if (rising ? latest.value() >= target : latest.value() <= target) {
            return true;
        }
        Point before = first;
        for (Point measurement : measurements) {
            if (!measurement.on().isAfter(latest.on().minusDays(GOAL_STALE_DAYS))) {
                before = measurement;
            }
        }
        return Math.abs(target - latest.value()) < Math.abs(target - before.value());
    }

    static TeamTrend.GoalProgress progress(GoalFact goal, LocalDate today) {
        List<Point> measurements = goal.measurements();
        Point latest = measurements.isEmpty() ? null : measurements.get(measurements.size() - 1);
        return new TeamTrend.GoalProgress(goal.title(), goal.measure(), goal.target(),
                latest == null ? null : latest.value(), latest == null ? null : latest.on(), onTrack(goal, today));
    }

    static <K, T> Map<K, List<T>> group(List<T> rows, Function<T, K> key) {
        Map<K, List<T>> grouped = new HashMap<>();
        rows.forEach(row -> grouped.computeIfAbsent(key.apply(row), k -> new ArrayList<>()).add(row));
        return grouped;
    }
}
