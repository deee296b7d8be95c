package nl.bordspiegel.session;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.ActiveProfiles;

import nl.bordspiegel.BoardTestSchool;
import nl.bordspiegel.board.BoardService;
import nl.bordspiegel.history.HistoryImporter;
import nl.bordspiegel.historymodel.SchoolHistory;
import nl.bordspiegel.security.SignedInUser;
import nl.bordspiegel.shared.Role;
import nl.bordspiegel.shared.Vocabulary.ActionStatus;
import nl.bordspiegel.shared.Vocabulary.AttendanceMark;
import nl.bordspiegel.shared.Vocabulary.CommentKind;
import nl.bordspiegel.shared.Vocabulary.IdeaStatus;
import nl.bordspiegel.shared.Vocabulary.Sector;
import nl.bordspiegel.FixedTime;
import org.springframework.context.ApplicationContext;

/**
 * Not a timed test: fills one board with two years of weekly sessions (and the cards such
 * a team makes) and prints how long opening the board and the history take. Run with
 * {@code ./mvnw -B -q test -Dtest=BoardBenchmark -Dsurefire.excludes=none -Dsurefire.failIfNoSpecifiedTests=false}.
 */
@SpringBootTest
@ActiveProfiles("test")
class BoardBenchmark {

    @Autowired
    private ApplicationContext context;

    private static final int WEEKS = 104;
    private static final int ROUNDS = 20;

    @Autowired
    HistoryImporter importer;

    @Autowired
    BoardService boards;

    @Autowired
    SessionService sessions;

    @Autowired
    BoardTestSchool school;

    @Test
    void openingTheBoardAndTheHistoryOfTwoYears() {
        // Any hash: the benchmark signs in directly, never with a password.
        importer.importSchool(twoYears(FixedTime.today(context)), "not-a-login");
        SignedInUser user = school.signIn("bench-t0@bench.test");
        long team = school.team("Benchteam");

        report("board (first)", 1, () -> boards.board(team));
        report("board", ROUNDS, () -> boards.board(team));
        report("history first page (50 weeks)", ROUNDS, () -> {
            sessions.historyWeeks(team);
            sessions.history(team, 0, 50);
        });
        report("history last page", ROUNDS, () -> sessions.history(team, 100, 50));
        report("history CSV (all)", ROUNDS, () -> sessions.historyCsv(team, java.util.Locale.ENGLISH));
        System.out.printf("BENCHMARK %s: %d cards on the board, %d weeks of history%n", user.name(),
                boards.board(team).actions().size(), sessions.historyWeeks(team));
        SecurityContextHolder.clearContext();
    }

    private static void report(String what, int rounds, Runnable work) {
        long start = System.nanoTime();
        for (int i = 0; i < rounds; i++) {
            work.run();
        }
        double ms = (System.nanoTime() - start) / 1e6 / rounds;
        System.out.printf("BENCHMARK %-32s %8.1f ms per opening (%d rounds)%n", what, ms, rounds);
    }

    private static SchoolHistory twoYears(LocalDate today) {
        List<SchoolHistory.Person> people = new ArrayList<>();
        List<String> keys = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            people.add(new SchoolHistory.Person("t" + i, "Bench Teacher " + i, "bench-t" + i + "@bench.test",
                    List.of(Role.TEACHER)));
            keys.add("t" + i);
        }
        people.add(new SchoolHistory.Person("l", "Bench Leader", "bench-l@bench.test", List.of(Role.LEADER)));
        List<SchoolHistory.Session> sessionList = new ArrayList<>();
        List<SchoolHistory.Idea> ideas = new ArrayList<>();
        List<SchoolHistory.Action> actions = new ArrayList<>();
        List<SchoolHistory.Success> successes = new ArrayList<>();
        List<SchoolHistory.Comment> comments = new ArrayList<>();
        List<SchoolHistory.Measurement> measurements = new ArrayList<>();
        for (int week = 1; week <= WEEKS; week++) {
            LocalDate day = today.minusWeeks(week);
            String leader = keys.get(week % keys.size());
            if (week % 13 == 0) {
                sessionList.add(new SchoolHistory.Session("b", day, null, null, true, "Vakantie", Map.of()));
            } else if (week % 17 != 0) {
                Map<String, AttendanceMark> attendance = new java.util.HashMap<>();
                keys.forEach(key -> attendance.put(key, AttendanceMark.PRESENT));
                attendance.put("l", week % 3 == 0 ? AttendanceMark.ABSENT : AttendanceMark.PARTIAL);
                sessionList.add(new SchoolHistory.Session("b", day, 15, leader, false, null, attendance));
            }
            for (int i = 0; i < 3; i++) {
                String key = "i" + week + "-" + i;
                ideas.add(new SchoolHistory.Idea(key, "b", keys.get(i), day, "Idee " + key,
                        i == 0 ? IdeaStatus.ADOPTED : IdeaStatus.DROPPED));
                actions.add(new SchoolHistory.Action("b", "Actie " + key, leader, keys.get(i), i == 0 ? key : null,
                        day, day.plusWeeks(2), week < 3 ? ActionStatus.OPEN : ActionStatus.DONE));
            }
            successes.add(new SchoolHistory.Success("b", leader, day, "Succes week " + week));
            comments.add(new SchoolHistory.Comment("b", leader, day, CommentKind.QUESTION, "Vraag week " + week));
            measurements.add(new SchoolHistory.Measurement(day, week % 10));
        }
        return new SchoolHistory(SchoolHistory.FORMAT, new SchoolHistory.School("Benchschool", Sector.VO), people,
                List.of(new SchoolHistory.Team("b", "Benchteam", keys, List.of("l"), List.of())),
                List.of(new SchoolHistory.Goal("g", "b", "Doel", "meting", 8.0, measurements)), sessionList, ideas,
                actions, comments, successes, List.of(), List.of(), List.of(), List.of());
    }
}
