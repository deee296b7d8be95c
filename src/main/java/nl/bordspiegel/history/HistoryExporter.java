package nl.bordspiegel.history;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.bordspiegel.shared.Role;
import nl.bordspiegel.shared.Vocabulary.ActionStatus;
import nl.bordspiegel.shared.Vocabulary.AttendanceMark;
import nl.bordspiegel.shared.Vocabulary.CommentKind;
import nl.bordspiegel.shared.Vocabulary.IdeaStatus;
import nl.bordspiegel.shared.Vocabulary.Sector;
import nl.bordspiegel.shared.Vocabulary.TimeCategory;
import nl.bordspiegel.shared.Vocabulary.TimeFeeling;

/**
 * Reads one school from the database as a {@link SchoolHistory}: for export, and as the
 * input of the leadership inference. Keys are made from row ids ({@code p12}, {@code t3}),
 * so the same database always gives the same file. Running sessions are not history yet.
 */
@Service
public class HistoryExporter {

    private final JdbcTemplate jdbc;

    HistoryExporter(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public List<Long> schoolIds() {
        return jdbc.queryForList("select id from school order by id", Long.class);
    }

    /** The whole record of a school. Callers check that the reader may see it. */
    @Transactional(readOnly = true)
    public SchoolHistory export(long schoolId) {
        return export(schoolId, null);
    }

    /**
     * The school with only what happened on or after {@code from} (people, teams and goals
     * whole): what an inference over a recent window needs, without reading years of
     * sessions it would skip anyway. {@code null} means everything. Callers check access.
     */
    @Transactional(readOnly = true)
    public SchoolHistory export(long schoolId, LocalDate from) {
        SchoolHistory.School school = jdbc.queryForObject("select name, sector from school where id = ?",
                (rs, n) -> new SchoolHistory.School(rs.getString(1), Sector.valueOf(rs.getString(2))), schoolId);
        Since since = new Since(schoolId, from);
        return new SchoolHistory(SchoolHistory.FORMAT, school, people(schoolId), teams(schoolId), goals(since),
                sessions(since), ideas(since), actions(since), comments(since), successes(since),
                visionItems(since), timeEntries(since), coachUpdates(since), checkIns(since));
    }

    /** The school and the first date to read: adds {@code and column >= ?} when there is one. */
    private record Since(long schoolId, LocalDate from) {
        String and(String column) {
            return from == null ? "" : " and " + column + " >= ?";
        }

        Object[] args() {
            return from == null ? new Object[] {schoolId} : new Object[] {schoolId, from};
        }
    }

    private List<SchoolHistory.Person> people(long schoolId) {
        Map<Long, List<Role>> roles = new HashMap<>();
        jdbc.query("select r.person_id, r.role from person_role r join person p on p.id = r.person_id"
                + " where p.school_id = ? order by r.role", rs -> {
                    roles.computeIfAbsent(rs.getLong(1), id -> new ArrayList<>()).add(Role.valueOf(rs.getString(2)));
                }, schoolId);
        return jdbc.query("select id, name, email from person where school_id = ? order by id",
                (rs, n) -> new SchoolHistory.Person(key("p", rs.getLong(1)), rs.getString(2), rs.getString(3),
                        roles.getOrDefault(rs.getLong(1), List.of())), schoolId);
    }

    private List<SchoolHistory.Team> teams(long schoolId) {
        Map<Long, List<String>> members = links("team_member", "team", schoolId);
        Map<Long, List<String>> leaders = links("team_leader", "team", schoolId);
        Map<Long, List<String>> coaches = links("team_coach", "team", schoolId);
        return jdbc.query("select id, name from team where school_id = ? order by id", (rs, n) -> {
            long id = rs.getLong(1);
            return new SchoolHistory.Team(key("t", id), rs.getString(2), members.getOrDefault(id, List.of()),
                    leaders.getOrDefault(id, List.of()), coaches.getOrDefault(id, List.of()));
        }, schoolId);
    }

    /** Person keys per owner row, from a link table whose owner column is {@code <owner>_id}. */
    private Map<Long, List<String>> links(String table, String owner, long schoolId) {
        Map<Long, List<String>> links = new HashMap<>();
        String ownerColumn = owner + "_id";
        jdbc.query("select l." + ownerColumn + ", l.person_id from " + table + " l join " + owner
                + " o on o.id = l." + ownerColumn + " where o.school_id = ? order by l.person_id", rs -> {
                    links.computeIfAbsent(rs.getLong(1), id -> new ArrayList<>()).add(key("p", rs.getLong(2)));
                }, schoolId);
        return links;
    }

    private List<SchoolHistory.Goal> goals(Since since) {
        long schoolId = since.schoolId();
        Map<Long, List<SchoolHistory.Measurement>> measurements = new HashMap<>();
        jdbc.query("select m.goal_id, m.measured_on, m.measured_value from measurement m join goal g on g.id = m.goal_id"
                + " join team t on t.id = g.team_id where t.school_id = ?" + since.and("m.measured_on")
                + " order by m.measured_on, m.id", rs -> {
                    measurements.computeIfAbsent(rs.getLong(1), id -> new ArrayList<>())
                            .add(new SchoolHistory.Measurement(date(rs, 2), rs.getDouble(3)));
                }, since.args());
        return jdbc.query("select g.id, g.team_id, g.title, g.measure, g.target from goal g join team t on t.id = g.team_id"
                + " where t.school_id = ? order by g.id", (rs, n) -> new SchoolHistory.Goal(key("g", rs.getLong(1)),
                        key("t", rs.getLong(2)), rs.getString(3), rs.getString(4), (Double) rs.getObject(5, Double.class),
                        measurements.getOrDefault(rs.getLong(1), List.of())), schoolId);
    }

    private List<SchoolHistory.Session> sessions(Since since) {
        Map<Long, Map<String, AttendanceMark>> attendance = new HashMap<>();
        jdbc.query("select a.session_id, a.person_id, a.mark from attendance a join board_session s on s.id = a.session_id"
                + " join team t on t.id = s.team_id where t.school_id = ?" + since.and("s.held_on"), rs -> {
                    attendance.computeIfAbsent(rs.getLong(1), id -> new HashMap<>())
                            .put(key("p", rs.getLong(2)), AttendanceMark.valueOf(rs.getString(3)));
                }, since.args());
        return jdbc.query("select s.id, s.team_id, s.held_on, s.duration_minutes, s.led_by_id, s.state, s.cancel_reason"
                + " from board_session s join team t on t.id = s.team_id where t.school_id = ? and s.state <> 'RUNNING'"
                + since.and("s.held_on") + " order by s.held_on, s.id", (rs, n) -> new SchoolHistory.Session(key("t", rs.getLong(2)), date(rs, 3),
                        (Integer) rs.getObject(4, Integer.class), optionalKey("p", rs, 5),
                        "CANCELLED".equals(rs.getString(6)), rs.getString(7),
                        attendance.getOrDefault(rs.getLong(1), Map.of())), since.args());
    }

    private List<SchoolHistory.Idea> ideas(Since since) {
        return jdbc.query("select i.id, i.team_id, i.author_id, i.proposed_on, i.text, i.status from idea i"
                + " join team t on t.id = i.team_id where t.school_id = ?" + since.and("i.proposed_on") + " order by i.id",
                (rs, n) -> new SchoolHistory.Idea(key("i", rs.getLong(1)), key("t", rs.getLong(2)),
                        key("p", rs.getLong(3)), date(rs, 4), rs.getString(5), IdeaStatus.valueOf(rs.getString(6))),
                since.args());
    }

    private List<SchoolHistory.Action> actions(Since since) {
        return jdbc.query("select a.team_id, a.title, a.owner_id, a.created_by_id, a.from_idea_id, a.created_on,"
                + " a.due_on, a.status, a.closed_on from improvement_action a join team t on t.id = a.team_id"
                + " where t.school_id = ?" + since.and("a.created_on") + " order by a.id", (rs, n) -> new SchoolHistory.Action(key("t", rs.getLong(1)),
                        rs.getString(2), optionalKey("p", rs, 3), key("p", rs.getLong(4)), optionalKey("i", rs, 5),
                        date(rs, 6), date(rs, 7), ActionStatus.valueOf(rs.getString(8)), date(rs, 9)), since.args());
    }

    private List<SchoolHistory.Comment> comments(Since since) {
        return jdbc.query("select c.team_id, c.author_id, c.written_on, c.kind, c.text from board_comment c"
                + " join team t on t.id = c.team_id where t.school_id = ?" + since.and("c.written_on") + " order by c.id",
                (rs, n) -> new SchoolHistory.Comment(key("t", rs.getLong(1)), key("p", rs.getLong(2)), date(rs, 3),
                        CommentKind.valueOf(rs.getString(4)), rs.getString(5)), since.args());
    }

    private List<SchoolHistory.Success> successes(Since since) {
        return jdbc.query("select s.team_id, s.author_id, s.noted_on, s.text from success s"
                + " join team t on t.id = s.team_id where t.school_id = ?" + since.and("s.noted_on") + " order by s.id",
                (rs, n) -> new SchoolHistory.Success(key("t", rs.getLong(1)), key("p", rs.getLong(2)), date(rs, 3),
                        rs.getString(4)), since.args());
    }

    private List<SchoolHistory.VisionItem> visionItems(Since since) {
        Map<Long, List<String>> coAuthors = links("vision_co_author", "vision_item", since.schoolId());
        return jdbc.query("select id, title, author_id, written_on from vision_item where school_id = ?"
                + since.and("written_on") + " order by id",
                (rs, n) -> new SchoolHistory.VisionItem(rs.getString(2), key("p", rs.getLong(3)),
                        coAuthors.getOrDefault(rs.getLong(1), List.of()), date(rs, 4)), since.args());
    }

    private List<SchoolHistory.TimeEntry> timeEntries(Since since) {
        return jdbc.query("select e.person_id, e.entry_date, e.minutes, e.category from time_entry e"
                + " join person p on p.id = e.person_id where p.school_id = ?" + since.and("e.entry_date") + " order by e.id",
                (rs, n) -> new SchoolHistory.TimeEntry(key("p", rs.getLong(1)), date(rs, 2), rs.getInt(3),
                        TimeCategory.valueOf(rs.getString(4))), since.args());
    }

    private List<SchoolHistory.CheckIn> checkIns(Since since) {
        return jdbc.query("select c.person_id, c.check_in_date, c.time_feeling from check_in c"
                + " join person p on p.id = c.person_id where p.school_id = ?" + since.and("c.check_in_date") + " order by c.id",
                (rs, n) -> new SchoolHistory.CheckIn(key("p", rs.getLong(1)), date(rs, 2),
                        TimeFeeling.valueOf(rs.getString(3))), since.args());
    }

    private List<SchoolHistory.CoachUpdate> coachUpdates(Since since) {
        long schoolId = since.schoolId();
        Map<Long, List<String>> recipients = new HashMap<>();
        jdbc.query("select r.coach_update_id, r.person_id from coach_update_recipient r"
                + " join coach_update u on u.id = r.coach_update_id where u.school_id = ? order by r.person_id", rs -> {
                    recipients.computeIfAbsent(rs.getLong(1), id -> new ArrayList<>()).add(key("p", rs.getLong(2)));
                }, schoolId);
        return jdbc.query("select id, author_id, written_on, text, team_id from coach_update where school_id = ?"
                + since.and("written_on") + " order by id", (rs, n) -> new SchoolHistory.CoachUpdate(key("p", rs.getLong(2)),
                        recipients.getOrDefault(rs.getLong(1), List.of()), date(rs, 3), rs.getString(4),
                        optionalKey("t", rs, 5)), since.args());
    }

    private static String key(String prefix, long id) {
        return prefix + id;
    }

    private static String optionalKey(String prefix, ResultSet rs, int column) throws SQLException {
        long id = rs.getLong(column);
        return rs.wasNull() ? null : key(prefix, id);
    }

    /** A date column; null stays null. */
    private static LocalDate date(ResultSet rs, int column) throws SQLException {
        return rs.getObject(column, LocalDate.class);
    }

}
