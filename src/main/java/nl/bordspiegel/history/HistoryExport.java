package nl.bordspiegel.history;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;

import nl.bordspiegel.historymodel.SchoolHistory;

/**
 * One export in progress: which school and from which day, the school's team and person ids
 * once the school's own part has added them (other parts select their rows by these, never
 * by joining the school's tables), and the lists each part fills.
 */
public final class HistoryExport {

    private final long schoolId;
    private final LocalDate from;
    private SchoolHistory.School school;
    private final List<Long> teamIds = new ArrayList<>();
    private final List<Long> personIds = new ArrayList<>();
    private final List<SchoolHistory.Person> people = new ArrayList<>();
    private final List<SchoolHistory.Team> teams = new ArrayList<>();
    private final List<SchoolHistory.VisionItem> visionItems = new ArrayList<>();
    private final List<SchoolHistory.Goal> goals = new ArrayList<>();
    private final List<SchoolHistory.Idea> ideas = new ArrayList<>();
    private final List<SchoolHistory.Action> actions = new ArrayList<>();
    private final List<SchoolHistory.Comment> comments = new ArrayList<>();
    private final List<SchoolHistory.Success> successes = new ArrayList<>();
    private final List<SchoolHistory.Session> sessions = new ArrayList<>();
    private final List<SchoolHistory.TimeEntry> timeEntries = new ArrayList<>();
    private final List<SchoolHistory.CheckIn> checkIns = new ArrayList<>();
    private final List<SchoolHistory.CoachUpdate> coachUpdates = new ArrayList<>();

    HistoryExport(long schoolId, LocalDate from) {
        this.schoolId = schoolId;
        this.from = from;
    }

    public long schoolId() {
        return schoolId;
    }

    /** The first day to read, or null for everything. */
    public LocalDate from() {
        return from;
    }

    /** {@code " and column >= :from"} when only a recent window is read, else nothing. */
    public String since(String column) {
        return from == null ? "" : " and " + column + " >= :from";
    }

    /** {@code :school}, {@code :teams}, {@code :people} and {@code :from} for named SQL. */
    public MapSqlParameterSource params() {
        return new MapSqlParameterSource().addValue("school", schoolId).addValue("from", from)
                .addValue("teams", teamIds.isEmpty() ? List.of(-1L) : List.copyOf(teamIds))
                .addValue("people", personIds.isEmpty() ? List.of(-1L) : List.copyOf(personIds));
    }

    public void school(SchoolHistory.School school, List<Long> teamIds, List<Long> personIds) {
        this.school = school;
        this.teamIds.addAll(teamIds);
        this.personIds.addAll(personIds);
    }

    public List<SchoolHistory.Person> people() {
        return people;
    }

    public List<SchoolHistory.Team> teams() {
        return teams;
    }

    public List<SchoolHistory.VisionItem> visionItems() {
        return visionItems;
    }

    public List<SchoolHistory.Goal> goals() {
        return goals;
    }

    public List<SchoolHistory.Idea> ideas() {
        return ideas;
    }

    public List<SchoolHistory.Action> actions() {
        return actions;
    }

    public List<SchoolHistory.Comment> comments() {
        return comments;
    }

    public List<SchoolHistory.Success> successes() {
        return successes;
    }

    public List<SchoolHistory.Session> sessions() {
        return sessions;
    }

    public List<SchoolHistory.TimeEntry> timeEntries() {
        return timeEntries;
    }

    public List<SchoolHistory.CheckIn> checkIns() {
        return checkIns;
    }

    public List<SchoolHistory.CoachUpdate> coachUpdates() {
        return coachUpdates;
    }

    SchoolHistory toHistory() {
        return new SchoolHistory(SchoolHistory.FORMAT, school, people, teams, goals, sessions, ideas, actions,
                comments, successes, visionItems, timeEntries, coachUpdates, checkIns);
    }
}
