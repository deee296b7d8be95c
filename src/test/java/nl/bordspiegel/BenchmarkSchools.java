package nl.bordspiegel;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import nl.bordspiegel.history.HistoryDates;
import nl.bordspiegel.historymodel.SchoolHistory;
import nl.bordspiegel.leadership.LeaderBehaviour;
import nl.bordspiegel.leadership.SyntheticSchool;

/**
 * The two schools the screen benchmarks measure, and who opens which screen on them: the demo
 * school, and a school of 30 teams over 3 years made by the project's own generator, imported
 * like any school file and shifted so that its last week is the app's today.
 */
public final class BenchmarkSchools {

    /** A screen as one person (who signs in with {@code password}) opens it. */
    public record Screen(String name, String email, String password, String route) {
    }

    private BenchmarkSchools() {
    }

    /** The screens of {@code school} ("demo" or "30x3"); the generated school is imported on first use. */
    public static List<Screen> screens(ApplicationContext context, String school) {
        return switch (school) {
            case "demo" -> screens(school, teamId(context, teamName(school)), DemoLogins.PASSWORD);
            case "30x3" -> screens(school, bigSchoolTeam(context), TestSchools.PASSWORD);
            default -> throw new IllegalArgumentException("No benchmark school " + school + ": demo or 30x3");
        };
    }

    /** The screens of {@code school} when its measured team has id {@code team} and everyone signs in with {@code password}. */
    public static List<Screen> screens(String school, long team, String password) {
        return switch (school) {
            case "demo" -> List.of(new Screen("board", DemoLogins.TEACHER, password, "bord/" + team),
                    new Screen("session", DemoLogins.TEACHER, password, "bord/" + team + "/sessie"),
                    new Screen("mirror", DemoLogins.KEYPLAYER_LEADER, password, "spiegel"),
                    new Screen("coach", DemoLogins.COACH, password, "coach"),
                    new Screen("home", DemoLogins.TEACHER, password, ""));
            case "30x3" -> List.of(new Screen("board", "t1-0@school.example", password, "bord/" + team),
                    new Screen("session", "t1-0@school.example", password, "bord/" + team + "/sessie"),
                    new Screen("mirror", "bench@school.example", password, "spiegel"),
                    new Screen("coach", "c1@school.example", password, "coach"),
                    new Screen("home", "t1-0@school.example", password, ""));
            default -> throw new IllegalArgumentException("No benchmark school " + school + ": demo or 30x3");
        };
    }

    /** The team whose board and session the benchmarks open. */
    public static String teamName(String school) {
        return school.equals("demo") ? "Kernteam Rekenen" : "Team 1";
    }

    /** The school of 30 teams over 3 years, shifted so that its last week ends on {@code today}. */
    public static SchoolHistory bigSchool(LocalDate today) {
        SyntheticSchool generator = SyntheticSchool.of(42, 30, 3).leader("bench", LeaderBehaviour.teamplayer());
        return HistoryDates.shift(generator.build(), ChronoUnit.DAYS.between(generator.end(), today));
    }

    /** Imports the 30 x 3 school once per database and gives its first team. */
    private static long bigSchoolTeam(ApplicationContext context) {
        JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
        if (jdbc.queryForObject("select count(*) from person where email = 'bench@school.example'", Long.class) == 0) {
            TestSchools.importSchool(context, bigSchool(FixedTime.today(context)));
        }
        return teamId(context, teamName("30x3"));
    }

    private static long teamId(ApplicationContext context, String name) {
        return context.getBean(JdbcTemplate.class).queryForObject(
                "select id from team where name = ? order by id desc limit 1", Long.class, name);
    }
}
