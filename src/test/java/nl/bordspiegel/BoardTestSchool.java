package nl.bordspiegel;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

import nl.bordspiegel.history.HistoryImporter;
import nl.bordspiegel.historymodel.SchoolHistory;
import nl.bordspiegel.security.SignedInUser;
import nl.bordspiegel.shared.Role;
import nl.bordspiegel.shared.Vocabulary.Sector;

/**
 * Two small schools of our own for board and session tests, imported once per test
 * context next to the demo school: the tests then do not depend on the demo's contents.
 * Team A: Tina and Tom (teachers), followed by leader Lea; team B: Bas; coach Cor sees
 * both. Otto teaches at another school.
 */
@Component
public class BoardTestSchool {

    public static final String PASSWORD = "board-test";
    public static final String TINA = "tina@board.test";
    public static final String TOM = "tom@board.test";
    public static final String BAS = "bas@board.test";
    public static final String LEA = "lea@board.test";
    public static final String COR = "cor@board.test";
    public static final String OTTO = "otto@other.test";
    public static final String TEAM_A = "Bordteam A";
    public static final String TEAM_B = "Bordteam B";

    private final HistoryImporter importer;
    private final JdbcTemplate jdbc;
    private final PasswordEncoder passwordEncoder;
    private final UserDetailsService accounts;

    BoardTestSchool(HistoryImporter importer, JdbcTemplate jdbc, PasswordEncoder passwordEncoder,
                    UserDetailsService accounts) {
        this.importer = importer;
        this.jdbc = jdbc;
        this.passwordEncoder = passwordEncoder;
        this.accounts = accounts;
    }

    /** Imports both schools unless an earlier test of this context already did. */
    public synchronized void ensureImported() {
        Integer there = jdbc.queryForObject("select count(*) from person where email = ?", Integer.class, TINA);
        if (there != null && there > 0) {
            return;
        }
        String hash = passwordEncoder.encode(PASSWORD);
        importer.importSchool(boardSchool(), hash);
        importer.importSchool(otherSchool(), hash);
    }

    public long team(String name) {
        ensureImported();
        return jdbc.queryForObject("select id from team where name = ?", Long.class, name);
    }

    public long person(String email) {
        ensureImported();
        return jdbc.queryForObject("select id from person where email = ?", Long.class, email);
    }

    /** Signs the person in for service calls on this thread. */
    public SignedInUser signIn(String email) {
        ensureImported();
        SignedInUser user = (SignedInUser) accounts.loadUserByUsername(email);
        SecurityContextHolder.getContext()
                .setAuthentication(new UsernamePasswordAuthenticationToken(user, null, user.getAuthorities()));
        return user;
    }

    private static SchoolHistory boardSchool() {
        LocalDate lastWeek = LocalDate.now().minusWeeks(1);
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
