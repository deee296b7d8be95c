package nl.bordspiegel.leadership;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.IntStream;

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
 * A generated school: {@code teams} teams with weekly sessions over {@code years} years,
 * leaders with a chosen behaviour, and one more team no leader follows (history that must
 * never count). The same seed gives the same school.
 */
public final class SyntheticSchool {

    public static final LocalDate START = LocalDate.of(2024, 8, 26);
    private static final int TEACHERS_PER_TEAM = 6;
    private static final double TEACHER_ATTENDANCE = 0.9;
    private static final double TEACHER_IDEAS_PER_SESSION = 1.0;
    private static final double TEACHER_IDEA_ADOPTION = 0.5;
    private static final double TEACHER_ACTIONS_PER_SESSION = 1.0;
    private static final double CANCELLED_SHARE = 0.05;

    private final Random random;
    private final int teams;
    private final int years;
    private final Map<String, LeaderBehaviour> leaders = new LinkedHashMap<>();

    private final List<Person> people = new ArrayList<>();
    private final List<Team> teamList = new ArrayList<>();
    private final List<Session> sessions = new ArrayList<>();
    private final List<Idea> ideas = new ArrayList<>();
    private final List<Action> actions = new ArrayList<>();
    private final List<Comment> comments = new ArrayList<>();
    private final List<VisionItem> visionItems = new ArrayList<>();
    private final List<TimeEntry> timeEntries = new ArrayList<>();
    private final List<CoachUpdate> coachUpdates = new ArrayList<>();
    private final List<CheckIn> checkIns = new ArrayList<>();

    private SyntheticSchool(long seed, int teams, int years) {
        this.random = new Random(seed);
        this.teams = teams;
        this.years = years;
    }

    public static SyntheticSchool of(long seed, int teams, int years) {
        return new SyntheticSchool(seed, teams, years);
    }

    /** Every leader follows every team except the unfollowed extra one. */
    public SyntheticSchool leader(String key, LeaderBehaviour behaviour) {
        leaders.put(key, behaviour);
        return this;
    }

    public int weeks() {
        return 52 * years;
    }

    /** The day of the last week's sessions: a window ending here covers the newest data. */
    public LocalDate end() {
        return START.plusWeeks(weeks() - 1L).plusDays(4);
    }

    public SchoolHistory build() {
        people.add(new Person("c1", "Coach", "c1@school.example", List.of(Role.TEACHER, Role.COACH)));
        leaders.forEach((key, behaviour) -> people.add(new Person(key, "Leider " + key, key + "@school.example",
                behaviour.alsoCoach() ? List.of(Role.LEADER, Role.COACH) : List.of(Role.LEADER))));
        for (int team = 0; team <= teams; team++) {
            String prefix = "t" + team + "-";
            List<String> members = IntStream.range(0, TEACHERS_PER_TEAM).mapToObj(i -> prefix + i).toList();
            members.forEach(key -> people.add(new Person(key, "Leraar " + key, key + "@school.example",
                    List.of(Role.TEACHER))));
            boolean unfollowed = team == teams;
            teamList.add(new Team("team" + team, "Team " + team, members,
                    unfollowed ? List.of() : List.copyOf(leaders.keySet()), List.of("c1")));
        }
        for (int week = 0; week < weeks(); week++) {
            LocalDate monday = START.plusWeeks(week);
            for (Team team : teamList) {
                session(team, monday.plusDays(teamList.indexOf(team) % 5));
            }
            leaders.forEach((key, behaviour) -> leaderWeek(key, behaviour, monday, weeks()));
        }
        return new SchoolHistory(SchoolHistory.FORMAT, new School("Synthetische school", Sector.PO), people, teamList,
                List.of(), sessions, ideas, actions, comments, List.of(), visionItems, timeEntries, coachUpdates,
                checkIns);
    }

    private void session(Team team, LocalDate date) {
        if (random.nextDouble() < CANCELLED_SHARE) {
            sessions.add(new Session(team.key(), date, 15, null, true, "studiedag", Map.of()));
            return;
        }
        Map<String, AttendanceMark> attendance = new HashMap<>();
        team.members().forEach(t -> attendance.put(t, random.nextDouble() < TEACHER_ATTENDANCE
                ? AttendanceMark.PRESENT : AttendanceMark.ABSENT));
        String ledBy = pick(team.members());
        for (String leader : team.leaders()) {
            LeaderBehaviour behaviour = leaders.get(leader);
            boolean present = random.nextDouble() < behaviour.attendanceRate();
            attendance.put(leader, present ? AttendanceMark.PRESENT : AttendanceMark.ABSENT);
            if (present && random.nextDouble() < behaviour.ledShare()) {
                ledBy = leader;
            }
        }
        sessions.add(new Session(team.key(), date, 15, ledBy, false, null, attendance));
        teacherContributions(team, date, ledBy);
        for (String leader : team.leaders()) {
            if (attendance.get(leader) == AttendanceMark.PRESENT) {
                leaderContributions(team, date, leader, leaders.get(leader), ledBy);
            }
        }
    }

    private void teacherContributions(Team team, LocalDate date, String ledBy) {
        for (int i = times(TEACHER_IDEAS_PER_SESSION); i > 0; i--) {
            idea(team, pick(team.members()), date, TEACHER_IDEA_ADOPTION, ledBy);
        }
        for (int i = times(TEACHER_ACTIONS_PER_SESSION); i > 0; i--) {
            String teacher = pick(team.members());
            actions.add(action(team, teacher, teacher, null, date));
        }
    }

    private void leaderContributions(Team team, LocalDate date, String leader, LeaderBehaviour behaviour,
                                     String ledBy) {
        for (int i = times(behaviour.questionsPerSession()); i > 0; i--) {
            comments.add(new Comment(team.key(), leader, date, CommentKind.QUESTION, "vraag"));
        }
        for (int i = times(behaviour.ideasPerSession()); i > 0; i--) {
            idea(team, leader, date, behaviour.ownIdeaAdoption(), ledBy);
        }
        for (int i = times(behaviour.actionsForOthersPerSession()); i > 0; i--) {
            actions.add(action(team, pick(team.members()), leader, null, date));
        }
        for (int i = times(behaviour.actionsOwnedPerSession()); i > 0; i--) {
            actions.add(action(team, leader, leader, null, date));
        }
    }

    /** An adopted idea becomes an action, recorded by whoever leads the session. */
    private void idea(Team team, String author, LocalDate date, double adoption, String ledBy) {
        boolean adopted = random.nextDouble() < adoption;
        String key = "i" + ideas.size();
        ideas.add(new Idea(key, team.key(), author, date, "idee", adopted ? IdeaStatus.ADOPTED : IdeaStatus.PARKED));
        if (adopted) {
            String owner = team.members().contains(author) ? author : pick(team.members());
            actions.add(action(team, owner, ledBy, key, date));
        }
    }

    private void leaderWeek(String leader, LeaderBehaviour behaviour, LocalDate monday, int totalWeeks) {
        int minutes = (int) Math.round(behaviour.loggedHoursPerWeek() * 60 * (0.8 + 0.4 * random.nextDouble()));
        if (minutes > 0) {
            timeEntries.add(new TimeEntry(leader, monday.plusDays(2), minutes, TimeCategory.SESSION_PREP));
        }
        if (random.nextDouble() < behaviour.coachUpdatesPerWeek()) {
            coachUpdates.add(new CoachUpdate("c1", List.of(leader), monday.plusDays(3), "update", null));
        }
        int week = (int) (monday.toEpochDay() - START.toEpochDay()) / 7;
        if (week % 6 == 5) {
            checkIns.add(new CheckIn(leader, monday.plusDays(4), behaviour.feelsTooMuch() ? TimeFeeling.TOO_MUCH
                    : TimeFeeling.RIGHT));
        }
        int everyWeeks = behaviour.visionItemsPerYear() == 0 ? totalWeeks + 1 : 52 / behaviour.visionItemsPerYear();
        if (week % everyWeeks == 0) {
            List<String> coAuthors = random.nextDouble() < behaviour.visionCoWriting()
                    ? List.of(pick(teamList.get(0).members())) : List.of();
            visionItems.add(new VisionItem("visie", leader, coAuthors, monday));
        }
    }

    private Action action(Team team, String owner, String createdBy, String fromIdea, LocalDate date) {
        return new Action(team.key(), "actie", owner, createdBy, fromIdea, date, date.plusWeeks(2), ActionStatus.OPEN);
    }

    /** A whole number with {@code rate} as its mean: the integer part, plus one with the fraction's chance. */
    private int times(double rate) {
        int whole = (int) rate;
        return whole + (random.nextDouble() < rate - whole ? 1 : 0);
    }

    private String pick(List<String> keys) {
        return keys.get(random.nextInt(keys.size()));
    }
}
