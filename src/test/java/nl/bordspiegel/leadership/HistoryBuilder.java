package nl.bordspiegel.leadership;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import nl.bordspiegel.historymodel.SchoolHistory;
import nl.bordspiegel.historymodel.SchoolHistory.Action;
import nl.bordspiegel.historymodel.SchoolHistory.CheckIn;
import nl.bordspiegel.historymodel.SchoolHistory.CoachUpdate;
import nl.bordspiegel.historymodel.SchoolHistory.Comment;
import nl.bordspiegel.historymodel.SchoolHistory.Idea;
import nl.bordspiegel.historymodel.SchoolHistory.Person;
import nl.bordspiegel.historymodel.SchoolHistory.School;
import nl.bordspiegel.historymodel.SchoolHistory.Session;
import nl.bordspiegel.historymodel.SchoolHistory.Team;
import nl.bordspiegel.historymodel.SchoolHistory.TimeEntry;
import nl.bordspiegel.historymodel.SchoolHistory.VisionItem;
import nl.bordspiegel.shared.Role;
import nl.bordspiegel.shared.Vocabulary.ActionStatus;
import nl.bordspiegel.shared.Vocabulary.AttendanceMark;
import nl.bordspiegel.shared.Vocabulary.CommentKind;
import nl.bordspiegel.shared.Vocabulary.IdeaStatus;
import nl.bordspiegel.shared.Vocabulary.Sector;
import nl.bordspiegel.shared.Vocabulary.TimeCategory;
import nl.bordspiegel.shared.Vocabulary.TimeFeeling;

/**
 * Hand-built histories for rule tests. The school: leader {@code l1} follows team {@code a}
 * (teachers {@code t1}–{@code t4}); team {@code b} (teacher {@code t5}) is followed by
 * leader {@code l2} only; {@code c1} is a school coach. Weeks count back from {@link #AT}.
 */
final class HistoryBuilder {

    static final LocalDate AT = LocalDate.of(2026, 12, 1);
    static final Window TWELVE_WEEKS = new Window(AT, Window.DEFAULT_WEEKS);
    static final String LEADER = "l1";

    private final List<Person> people = new ArrayList<>(List.of(
            new Person("l1", "Bram Jansen", "bram@linde.example", List.of(Role.LEADER)),
            new Person("l2", "Lot Smit", "lot@linde.example", List.of(Role.LEADER)),
            new Person("c1", "Cas Bakker", "cas@linde.example", List.of(Role.TEACHER, Role.COACH)),
            teacher("t1"), teacher("t2"), teacher("t3"), teacher("t4"), teacher("t5")));
    private final List<Team> teams = new ArrayList<>(List.of(
            new Team("a", "Groep 3-4", List.of("t1", "t2", "t3", "t4"), List.of("l1"), List.of("c1")),
            new Team("b", "Groep 5-6", List.of("t5"), List.of("l2"), List.of())));
    private final List<Session> sessions = new ArrayList<>();
    private final List<Idea> ideas = new ArrayList<>();
    private final List<Action> actions = new ArrayList<>();
    private final List<Comment> comments = new ArrayList<>();
    private final List<VisionItem> visionItems = new ArrayList<>();
    private final List<TimeEntry> timeEntries = new ArrayList<>();
    private final List<CoachUpdate> coachUpdates = new ArrayList<>();
    private final List<CheckIn> checkIns = new ArrayList<>();

    static LocalDate weeksAgo(int weeks) {
        return AT.minusWeeks(weeks);
    }

    private static Person teacher(String key) {
        return new Person(key, "Leraar " + key, key + "@linde.example", List.of(Role.TEACHER));
    }

    HistoryBuilder leaderAlsoCoach() {
        people.replaceAll(p -> p.key().equals(LEADER)
                ? new Person(LEADER, p.name(), p.email(), List.of(Role.LEADER, Role.COACH)) : p);
        return this;
    }

    HistoryBuilder leaderFollowsNoTeam() {
        teams.replaceAll(t -> new Team(t.key(), t.name(), t.members(), List.of("l2"), t.coaches()));
        return this;
    }

    /** {@code count} weekly sessions of team a, the newest this week, all with the same mark for l1. */
    HistoryBuilder sessions(int count, AttendanceMark mark, int led) {
        for (int week = 0; week < count; week++) {
            session("a", weeksAgo(week), mark, week < led ? LEADER : "t1");
        }
        return this;
    }

    HistoryBuilder session(String team, LocalDate date, AttendanceMark leaderMark, String ledBy) {
        sessions.add(new Session(team, date, 15, ledBy, false, null, Map.of("t1", AttendanceMark.PRESENT, LEADER, leaderMark)));
        return this;
    }

    HistoryBuilder sessionWithoutDuration(LocalDate date, AttendanceMark leaderMark) {
        sessions.add(new Session("a", date, null, "t1", false, null, Map.of(LEADER, leaderMark)));
        return this;
    }

    HistoryBuilder cancelledSession(LocalDate date) {
        sessions.add(new Session("a", date, 15, null, true, "studiedag", Map.of()));
        return this;
    }

    HistoryBuilder idea(String team, String author, LocalDate date, IdeaStatus status) {
        ideas.add(new Idea("i" + ideas.size(), team, author, date, "idee", status));
        return this;
    }

    HistoryBuilder comment(String team, String author, LocalDate date, CommentKind kind) {
        comments.add(new Comment(team, author, date, kind, "opmerking"));
        return this;
    }

    HistoryBuilder action(String team, String owner, String createdBy, LocalDate created) {
        actions.add(new Action(team, "actie", owner, createdBy, null, created, created.plusWeeks(2), ActionStatus.OPEN));
        return this;
    }

    HistoryBuilder vision(String author, LocalDate date, String... coAuthors) {
        visionItems.add(new VisionItem("visie", author, List.of(coAuthors), date));
        return this;
    }

    HistoryBuilder time(String person, LocalDate date, int minutes) {
        timeEntries.add(new TimeEntry(person, date, minutes, TimeCategory.COACHING));
        return this;
    }

    HistoryBuilder coachUpdate(String to, LocalDate date) {
        coachUpdates.add(new CoachUpdate("c1", List.of(to), date, "update", "a"));
        return this;
    }

    HistoryBuilder checkIn(String person, LocalDate date, TimeFeeling feeling) {
        checkIns.add(new CheckIn(person, date, feeling));
        return this;
    }

    LeadershipProfile inferred() {
        return new LeadershipInference().infer(build(), LEADER, TWELVE_WEEKS);
    }

    DimensionResult assessed(Dimension dimension) {
        return inferred().dimensions().stream().filter(d -> d.dimension() == dimension).findAny().orElseThrow();
    }

    SchoolHistory build() {
        return new SchoolHistory(SchoolHistory.FORMAT, new School("OBS De Linde", Sector.PO), people, teams, List.of(),
                sessions, ideas, actions, comments, List.of(), visionItems, timeEntries, coachUpdates, checkIns);
    }
}
