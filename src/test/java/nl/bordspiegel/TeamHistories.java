package nl.bordspiegel;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.context.ApplicationContext;

import nl.bordspiegel.historymodel.SchoolHistory;
import nl.bordspiegel.shared.Role;
import nl.bordspiegel.shared.Vocabulary.ActionStatus;
import nl.bordspiegel.shared.Vocabulary.AttendanceMark;
import nl.bordspiegel.shared.Vocabulary.CommentKind;
import nl.bordspiegel.shared.Vocabulary.IdeaStatus;
import nl.bordspiegel.shared.Vocabulary.Sector;

/**
 * A school whose teams have {@code weeks} of weekly board sessions behind them, with the cards
 * such teams make: for tests and benchmarks that compare a young board with an old one. Built
 * as records and imported as the product imports a school ({@link TestSchools#importSchool}),
 * with a unique tag in every e-mail: {@code teacher@tag.example}, {@code leader@tag.example},
 * {@code coach@tag.example}, {@code admin@tag.example}; teams are named "Team 1" .. "Team n".
 */
public final class TeamHistories {

    private static final int TEACHERS_PER_TEAM = 8;

    private TeamHistories() {
    }

    public static TestSchools.Imported school(ApplicationContext context, int teams, int weeks) {
        String tag = TestSchools.uniqueTag();
        long id = TestSchools.importSchool(context, build(tag, teams, weeks, FixedTime.today(context)));
        return new TestSchools.Imported(id, tag);
    }

    static SchoolHistory build(String tag, int teamCount, int weeks, LocalDate today) {
        List<SchoolHistory.Person> people = new ArrayList<>();
        people.add(new SchoolHistory.Person("l", "Lies Leider", "leader@" + tag + ".example", List.of(Role.LEADER)));
        people.add(new SchoolHistory.Person("c", "Coen Coach", "coach@" + tag + ".example",
                List.of(Role.TEACHER, Role.COACH)));
        people.add(new SchoolHistory.Person("a", "Ada Beheer", "admin@" + tag + ".example", List.of(Role.ADMIN)));
        List<SchoolHistory.Team> teams = new ArrayList<>();
        List<SchoolHistory.Goal> goals = new ArrayList<>();
        List<SchoolHistory.Session> sessions = new ArrayList<>();
        List<SchoolHistory.Idea> ideas = new ArrayList<>();
        List<SchoolHistory.Action> actions = new ArrayList<>();
        List<SchoolHistory.Success> successes = new ArrayList<>();
        List<SchoolHistory.Comment> comments = new ArrayList<>();
        for (int t = 1; t <= teamCount; t++) {
            String team = "b" + t;
            List<String> members = new ArrayList<>();
            for (int i = 0; i < TEACHERS_PER_TEAM; i++) {
                String key = team + "t" + i;
                String email = (t == 1 && i == 0 ? "teacher" : key) + "@" + tag + ".example";
                people.add(new SchoolHistory.Person(key, "Leraar " + key, email, List.of(Role.TEACHER)));
                members.add(key);
            }
            teams.add(new SchoolHistory.Team(team, "Team " + t, members, List.of("l"), List.of("c")));
            List<SchoolHistory.Measurement> measurements = new ArrayList<>();
            for (int week = 1; week <= weeks; week++) {
                LocalDate day = today.minusWeeks(week);
                String led = members.get(week % members.size());
                Map<String, AttendanceMark> attendance = new HashMap<>();
                members.forEach(key -> attendance.put(key, AttendanceMark.PRESENT));
                attendance.put("l", week % 3 == 0 ? AttendanceMark.ABSENT : AttendanceMark.PRESENT);
                sessions.add(new SchoolHistory.Session(team, day, 15, led, false, null, attendance));
                for (int i = 0; i < 3; i++) {
                    String key = team + "i" + week + "-" + i;
                    ideas.add(new SchoolHistory.Idea(key, team, members.get(i), day, "Idee " + key,
                            i == 0 ? IdeaStatus.ADOPTED : IdeaStatus.DROPPED));
                    actions.add(new SchoolHistory.Action(team, "Actie " + key, led, members.get(i), i == 0 ? key : null,
                            day, day.plusWeeks(2), week < 3 ? ActionStatus.OPEN : ActionStatus.DONE));
                }
                successes.add(new SchoolHistory.Success(team, led, day, "Succes week " + week));
                comments.add(new SchoolHistory.Comment(team, led, day, CommentKind.QUESTION, "Vraag week " + week));
                measurements.add(new SchoolHistory.Measurement(day, week % 10));
            }
            goals.add(new SchoolHistory.Goal(team + "g", team, "Doel " + t, "meting", 8.0, measurements));
        }
        return new SchoolHistory(SchoolHistory.FORMAT, new SchoolHistory.School("School " + tag, Sector.VO), people,
                teams, goals, sessions, ideas, actions, comments, successes, List.of(), List.of(), List.of(),
                List.of());
    }
}
