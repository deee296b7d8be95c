package nl.bordspiegel;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import nl.bordspiegel.historymodel.SchoolHistory;
import nl.bordspiegel.security.SignedInUser;
import nl.bordspiegel.shared.Role;
import nl.bordspiegel.shared.Vocabulary.Sector;

/**
 * The board and session tests' scenario, built with {@link TestSchools}: two small schools
 * of our own next to the demo school, imported once per test class (the database is fresh
 * for each class), so the tests do not depend on the demo's contents.
 * Team A: Tina and Tom (teachers), followed by leader Lea; team B: Bas; coach Cor sees
 * both. Otto teaches at another school.
 */
@Component
public class BoardTestSchool {

    public static final String PASSWORD = TestSchools.PASSWORD;
    public static final String TINA = "tina@board.test";
    public static final String TOM = "tom@board.test";
    public static final String BAS = "bas@board.test";
    public static final String LEA = "lea@board.test";
    public static final String COR = "cor@board.test";
    public static final String OTTO = "otto@other.test";
    public static final String TEAM_A = "Bordteam A";
    public static final String TEAM_B = "Bordteam B";

    private final ApplicationContext context;
    private final JdbcTemplate jdbc;
    private final Clock clock;

    BoardTestSchool(ApplicationContext context, JdbcTemplate jdbc, Clock clock) {
        this.context = context;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Imports both schools unless an earlier test of this class already did (FreshDatabase empties them per class). */
    public synchronized void ensureImported() {
        Integer there = jdbc.queryForObject("select count(*) from person where email = ?", Integer.class, TINA);
        if (there != null && there > 0) {
            return;
        }
        TestSchools.importSchool(context, boardSchool(LocalDate.now(clock)));
        TestSchools.importSchool(context, otherSchool());
    }

    public long team(String name) {
        ensureImported();
        return jdbc.queryForObject("select id from team where name = ?", Long.class, name);
    }

    public long person(String email) {
        ensureImported();
        return jdbc.queryForObject("select id from person where email = ?", Long.class, email);
    }

    /** "Today" as the application sees it: the tests' pinned day, or where a test moved it. */
    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** Signs the person in for service calls on this thread. */
    public SignedInUser signIn(String email) {
        ensureImported();
        return TestSchools.signIn(context, email);
    }

    private static SchoolHistory boardSchool(LocalDate today) {
        LocalDate lastWeek = today.minusWeeks(1);
        return new SchoolHistory(SchoolHistory.FORMAT, new SchoolHistory.School("Bordschool", Sector.PO),
                List.of(person("tina", "Tina Teuling", TINA, Role.TEACHER),
                        person("tom", "Tom Terpstra", TOM, Role.TEACHER),
                        person("bas", "Bas Bakker", BAS, Role.TEACHER),
                        person("lea", "Lea Leeuwen", LEA, Role.LEADER),
                        person("cor", "Cor Coenen", COR, Role.COACH)),
                List.of(new SchoolHistory.Team("a", TEAM_A, List.of("tina", "tom"), List.of("lea"), List.of("cor")),
                        new SchoolHistory.Team("b", TEAM_B, List.of("bas"), List.of(), List.of())),
                List.of(), List.of(new SchoolHistory.Session("b", lastWeek, 15, "bas", false, null,
                        Map.of("bas", nl.bordspiegel.shared.Vocabulary.AttendanceMark.PRESENT))),
                List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of());
    }

    private static SchoolHistory otherSchool() {
        return new SchoolHistory(SchoolHistory.FORMAT, new SchoolHistory.School("Andere school", Sector.VO),
                List.of(person("otto", "Otto Anders", OTTO, Role.TEACHER)),
                List.of(new SchoolHistory.Team("o", "Team Anders", List.of("otto"), List.of(), List.of())),
                List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(),
                List.of());
    }

    private static SchoolHistory.Person person(String key, String name, String email, Role role) {
        return new SchoolHistory.Person(key, name, email, List.of(role));
    }
}
