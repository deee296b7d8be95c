package nl.bordspiegel.coach;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.bordspiegel.school.SchoolDirectory;
import nl.bordspiegel.school.TeamSummary;
import nl.bordspiegel.security.CurrentUser;
import nl.bordspiegel.security.SignedInUser;
import nl.bordspiegel.shared.Role;

/**
 * How every team of the school is doing, for its school coaches (and, reading only, its
 * admins). Read-only reporting queries over the board and session tables: this feature
 * never changes a board, so it does not go through the board's own classes.
 * Never shows a leader's inferred pattern: that stays in the leader's mirror.
 */
@Service
@Transactional(readOnly = true)
public class CoachOverview {

    /** The overview's window: the current week and the five before it. */
    public static final int WEEKS = 6;
    /** Teams meet weekly; two weeks without a held session is a gap worth a coach's visit. */
    static final int DAYS_WITHOUT_SESSION = 14;
    /** One or two late actions happen; three or more means the board is no longer followed up. */
    static final int MANY_OVERDUE = 3;
    /** One quiet week (a holiday) is normal; two unrecorded weeks out of six is not. */
    static final int MANY_MISSING_WEEKS = 2;
    /** A goal measured more than four weeks ago says nothing about being on track now. */
    static final int GOAL_STALE_DAYS = 28;
    /** The trend goes back at most one year: a school year and its holidays. */
    static final int TREND_WEEKS = 52;

    private final NamedParameterJdbcTemplate jdbc;
    private final SchoolDirectory directory;
    private final CurrentUser currentUser;
    private final Clock clock;

    CoachOverview(JdbcTemplate jdbc, SchoolDirectory directory, CurrentUser currentUser, Clock clock) {
        this.jdbc = new NamedParameterJdbcTemplate(jdbc);
        this.directory = directory;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** Every team of the school; teams that need attention first, then by name. */
    public List<TeamStatus> teams() {
        requireReader();
        List<TeamSummary> teams = directory.visibleTeams();
        if (teams.isEmpty()) {
            return List.of();
        }
        return statuses(teams).stream()
                .sorted(Comparator.comparing((TeamStatus status) -> !status.needsAttention())
                        .thenComparing(TeamStatus::teamName))
                .toList();
    }

    /** One team's trend over (at most) the last year, with its open actions and goals. */
    public TeamTrend trend(long teamId) {
        requireReader();
        directory.requireVisible(teamId);
        TeamSummary team = directory.team(teamId).team();
        TeamStatus status = statuses(List.of(team)).get(0);
        LocalDate today = today();
        LocalDate thisMonday = monday(today);
        List<SessionRow> sessions = sessions(List.of(teamId), thisMonday.minusWeeks(TREND_WEEKS - 1), today);
        List<AttendanceRow> attendance = attendance(List.of(teamId), thisMonday.minusWeeks(TREND_WEEKS - 1), today);
        List<ActionRow> actions = actions(List.of(teamId));
        LocalDate first = sessions.stream().map(SessionRow::heldOn).min(LocalDate::compareTo).orElse(today);
        return new TeamTrend(status, weeks(monday(first), thisMonday, sessions, attendance),
                actionWeeks(actions, today), openActions(teamId, today), goals(List.of(teamId), today).stream()
                .map(GoalRow::progress).toList());
    }

    /** The overview as a spreadsheet file (see {@link OverviewCsv}). */
    public byte[] csv(Locale locale) {
        return OverviewCsv.write(teams(), locale);
    }

    private SignedInUser requireReader() {
        SignedInUser user = currentUser.require();
        if (!user.has(Role.COACH) && !user.has(Role.ADMIN)) {
            throw new AccessDeniedException("The coach overview is for school coaches and admins");
        }
        return user;
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    static LocalDate monday(LocalDate day) {
        return day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }

    private List<TeamStatus> statuses(List<TeamSummary> teams) {
        List<Long> ids = teams.stream().map(TeamSummary::id).toList();
        LocalDate today = today();
        LocalDate thisMonday = monday(today);
        LocalDate from = thisMonday.minusWeeks(WEEKS - 1);
        Map<Long, List<SessionRow>> sessions = byTeam(sessions(ids, from, today), SessionRow::teamId);
        Map<Long, List<AttendanceRow>> attendance = byTeam(attendance(ids, from, today), AttendanceRow::teamId);
        Map<Long, List<ActionRow>> actions = byTeam(actions(ids), ActionRow::teamId);
        Map<Long, List<GoalRow>> goals = byTeam(goals(ids, today), GoalRow::teamId);
        Map<Long, LocalDate> lastHeld = lastHeld(ids, today);
        Map<Long, LocalDate> firstRecord = firstRecord(ids);
        List<TeamStatus> result = new ArrayList<>();
        for (TeamSummary team : teams) {
            result.add(status(team, today, sessions.getOrDefault(team.id(), List.of()),
                    attendance.getOrDefault(team.id(), List.of()), actions.getOrDefault(team.id(), List.of()),
                    goals.getOrDefault(team.id(), List.of()), lastHeld.get(team.id()), firstRecord.get(team.id())));
        }
        return result;
    }

    private static TeamStatus status(TeamSummary team, LocalDate today, List<SessionRow> sessions,
                                     List<AttendanceRow> attendance, List<ActionRow> actions, List<GoalRow> goals,
                                     LocalDate lastHeld, LocalDate firstRecord) {
        List<SessionRow> held = sessions.stream().filter(SessionRow::held).toList();
        int cancelled = (int) sessions.stream().filter(SessionRow::cancelled).count();
        int missing = firstRecord == null ? 0 : missingWeeks(sessions, monday(today), monday(firstRecord));
        int leads = (int) held.stream().map(SessionRow::ledBy).filter(java.util.Objects::nonNull).distinct().count();
        int open = (int) actions.stream().filter(ActionRow::open).count();
        int overdue = (int) actions.stream().filter(action -> action.overdue(today)).count();
        int done = (int) actions.stream().filter(action -> action.status().equals("DONE")).count();
        int onTrack = (int) goals.stream().filter(GoalRow::onTrack).count();
        return new TeamStatus(team.id(), team.name(), held.size(), cancelled, missing,
                rate(attendance, false), rate(attendance, true), leads, open, overdue, done,
                medianDaysToClose(actions), onTrack, goals.size(), lastHeld,
                attention(today, lastHeld, overdue, missing));
    }

    private static List<Attention> attention(LocalDate today, LocalDate lastHeld, int overdue, int missing) {
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
    static int missingWeeks(List<SessionRow> sessions, LocalDate thisMonday, LocalDate firstMonday) {
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
    static Double rate(List<AttendanceRow> rows, boolean leaders) {
        double counted = 0;
        int marks = 0;
        for (AttendanceRow row : rows) {
            if (row.leader() != leaders) {
                continue;
            }
            marks++;
            counted += switch (row.mark()) {
                case "PRESENT" -> 1.0;
                case "PARTIAL" -> 0.5;
                default -> 0.0;
            };
        }
        return marks == 0 ? null : counted / marks;
    }

    static Double medianDaysToClose(List<ActionRow> actions) {
        List<Long> days = actions.stream()
                .filter(action -> action.status().equals("DONE") && action.closedOn() != null)
                .map(action -> ChronoUnit.DAYS.between(action.createdOn(), action.closedOn())).sorted().toList();
        if (days.isEmpty()) {
            return null;
        }
        int middle = days.size() / 2;
        return days.size() % 2 == 1 ? days.get(middle) : (days.get(middle - 1) + days.get(middle)) / 2.0;
    }

    private static List<TeamTrend.Week> weeks(LocalDate firstMonday, LocalDate thisMonday, List<SessionRow> sessions,
                                              List<AttendanceRow> attendance) {
        Map<LocalDate, List<SessionRow>> sessionsByWeek = byTeam(sessions, session -> monday(session.heldOn()));
        Map<LocalDate, List<AttendanceRow>> attendanceByWeek = byTeam(attendance, row -> monday(row.heldOn()));
        List<TeamTrend.Week> weeks = new ArrayList<>();
        for (LocalDate monday = firstMonday; !monday.isAfter(thisMonday); monday = monday.plusWeeks(1)) {
            List<SessionRow> inWeek = sessionsByWeek.getOrDefault(monday, List.of());
            List<AttendanceRow> marks = attendanceByWeek.getOrDefault(monday, List.of());
            TeamTrend.WeekState state;
            if (inWeek.stream().anyMatch(SessionRow::held)) {
                state = TeamTrend.WeekState.HELD;
            } else if (inWeek.stream().anyMatch(SessionRow::cancelled)) {
                state = TeamTrend.WeekState.CANCELLED;
            } else {
                state = monday.equals(thisMonday) ? TeamTrend.WeekState.UPCOMING : TeamTrend.WeekState.MISSING;
            }
            weeks.add(new TeamTrend.Week(monday, state, rate(marks, false), rate(marks, true)));
        }
        return weeks;
    }

    private static List<TeamTrend.ActionWeek> actionWeeks(List<ActionRow> actions, LocalDate today) {
        Map<LocalDate, int[]> byWeek = new TreeMap<>();
        for (ActionRow action : actions) {
            int[] counts = byWeek.computeIfAbsent(monday(action.createdOn()), week -> new int[4]);
            if (action.status().equals("DONE")) {
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

    private List<TeamTrend.OpenAction> openActions(long teamId, LocalDate today) {
        return jdbc.query("""
                select a.title, p.name, a.due_on, a.status from improvement_action a
                left join person p on p.id = a.owner_id
                where a.team_id = :team and a.status in ('OPEN', 'IN_PROGRESS')
                order by case when a.due_on is null then 1 else 0 end, a.due_on, a.id
                """, new MapSqlParameterSource("team", teamId), (rs, row) -> {
            LocalDate due = localDate(rs.getDate(3));
            return new TeamTrend.OpenAction(rs.getString(1), rs.getString(2), due, rs.getString(4),
                    due != null && due.isBefore(today));
        });
    }

    private List<SessionRow> sessions(List<Long> ids, LocalDate from, LocalDate to) {
        return jdbc.query("""
                select team_id, held_on, state, led_by_id from board_session
                where team_id in (:ids) and held_on between :from and :to
                """, window(ids, from, to), (rs, row) -> new SessionRow(rs.getLong(1), localDate(rs.getDate(2)),
                rs.getString(3), rs.getObject(4, Long.class)));
    }

    private List<AttendanceRow> attendance(List<Long> ids, LocalDate from, LocalDate to) {
        // A leader is anyone holding the LEADER role, also when visiting a team they do not follow.
        return jdbc.query("""
                select s.team_id, s.held_on, a.mark,
                       case when exists (select 1 from person_role r where r.person_id = a.person_id
                                         and r.role = 'LEADER') then 1 else 0 end
                from board_session s join attendance a on a.session_id = s.id
                where s.team_id in (:ids) and s.state = 'CLOSED' and s.held_on between :from and :to
                """, window(ids, from, to), (rs, row) -> new AttendanceRow(rs.getLong(1), localDate(rs.getDate(2)),
                rs.getString(3), rs.getInt(4) == 1));
    }

    private List<ActionRow> actions(List<Long> ids) {
        return jdbc.query("""
                select team_id, status, created_on, due_on, closed_on from improvement_action where team_id in (:ids)
                """, new MapSqlParameterSource("ids", ids), (rs, row) -> new ActionRow(rs.getLong(1),
                rs.getString(2), localDate(rs.getDate(3)), localDate(rs.getDate(4)), localDate(rs.getDate(5))));
    }

    /** Running goals (no outcome yet, end date not passed), each with its measurements in date order. */
    private List<GoalRow> goals(List<Long> ids, LocalDate today) {
        MapSqlParameterSource parameters = new MapSqlParameterSource("ids", ids).addValue("today", java.sql.Date.valueOf(today));
        Map<Long, List<Measurement>> measurements = new HashMap<>();
        jdbc.query("""
                select m.goal_id, m.measured_on, m.measured_value from measurement m join goal g on g.id = m.goal_id
                where g.team_id in (:ids) and g.outcome is null and (g.ends_on is null or g.ends_on >= :today)
                order by m.measured_on, m.id
                """, parameters, rs -> {
            measurements.computeIfAbsent(rs.getLong(1), id -> new ArrayList<>())
                    .add(new Measurement(localDate(rs.getDate(2)), rs.getDouble(3)));
        });
        return jdbc.query("""
                select id, team_id, title, measure, target from goal
                where team_id in (:ids) and outcome is null and (ends_on is null or ends_on >= :today) order by id
                """, parameters, (rs, row) -> {
            return new GoalRow(rs.getLong(2), rs.getString(3), rs.getString(4), rs.getObject(5, Double.class),
                    measurements.getOrDefault(rs.getLong(1), List.of()), today);
        });
    }

    private Map<Long, LocalDate> lastHeld(List<Long> ids, LocalDate today) {
        Map<Long, LocalDate> last = new HashMap<>();
        jdbc.query("""
                select team_id, max(held_on) from board_session
                where team_id in (:ids) and state = 'CLOSED' and held_on <= :today group by team_id
                """, new MapSqlParameterSource("ids", ids).addValue("today", java.sql.Date.valueOf(today)),
                rs -> {
                    last.put(rs.getLong(1), localDate(rs.getDate(2)));
                });
        return last;
    }

    /** The day of each team's first recorded session, held or cancelled, ever. */
    private Map<Long, LocalDate> firstRecord(List<Long> ids) {
        Map<Long, LocalDate> first = new HashMap<>();
        jdbc.query("select team_id, min(held_on) from board_session where team_id in (:ids) group by team_id",
                new MapSqlParameterSource("ids", ids), rs -> {
                    first.put(rs.getLong(1), localDate(rs.getDate(2)));
                });
        return first;
    }

    private static MapSqlParameterSource window(List<Long> ids, LocalDate from, LocalDate to) {
        return new MapSqlParameterSource("ids", ids).addValue("from", java.sql.Date.valueOf(from))
                .addValue("to", java.sql.Date.valueOf(to));
    }

    private static LocalDate localDate(java.sql.Date date) {
        return date == null ? null : date.toLocalDate();
    }

    private static <K, T> Map<K, List<T>> byTeam(List<T> rows, java.util.function.Function<T, K> key) {
        Map<K, List<T>> grouped = new HashMap<>();
        rows.forEach(row -> grouped.computeIfAbsent(key.apply(row), k -> new ArrayList<>()).add(row));
        return grouped;
    }

    record SessionRow(long teamId, LocalDate heldOn, String state, Long ledBy) {
        boolean held() {
            return state.equals("CLOSED");
        }

        boolean cancelled() {
            return state.equals("CANCELLED");
        }
    }

    record AttendanceRow(long teamId, LocalDate heldOn, String mark, boolean leader) {
    }

    record ActionRow(long teamId, String status, LocalDate createdOn, LocalDate dueOn, LocalDate closedOn) {
        boolean open() {
            return status.equals("OPEN") || status.equals("IN_PROGRESS");
        }

        boolean overdue(LocalDate today) {
            return open() && dueOn != null && dueOn.isBefore(today);
        }
    }

    record Measurement(LocalDate on, double value) {
    }

    /** A running goal. Only goals with a numeric target and measurements can be on track. */
    record GoalRow(long teamId, String title, String measure, Double target, List<Measurement> measurements,
                   LocalDate today) {

        /**
         * On track: the latest measurement is recent and has reached the target, or is closer
         * to it than the team stood four weeks before (or at the start, for a younger goal).
         */
        boolean onTrack() {
            if (target == null || measurements.isEmpty()) {
                return false;
            }
            Measurement latest = measurements.get(measurements.size() - 1);
            if (ChronoUnit.DAYS.between(latest.on(), today) > GOAL_STALE_DAYS) {
                return false;
            }
            Measurement first = measurements.get(0);
            boolean rising = target >= first.value();
            if (rising ? latest.value() >= target : latest.value() <= target) {
                return true;
            }
            Measurement before = first;
            for (Measurement measurement : measurements) {
                if (!measurement.on().isAfter(latest.on().minusDays(GOAL_STALE_DAYS))) {
                    before = measurement;
                }
            }
            return Math.abs(target - latest.value()) < Math.abs(target - before.value());
        }

        TeamTrend.GoalProgress progress() {
            Measurement latest = measurements.isEmpty() ? null : measurements.get(measurements.size() - 1);
            return new TeamTrend.GoalProgress(title, measure, target, latest == null ? null : latest.value(),
                    latest == null ? null : latest.on(), onTrack());
        }
    }
}
