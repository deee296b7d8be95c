package nl.bordspiegel.school;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.ActiveProfiles;

import nl.bordspiegel.TestSchools;
import nl.bordspiegel.audit.AuditAction;
import nl.bordspiegel.audit.AuditLog;
import nl.bordspiegel.audit.AuditRecord;
import nl.bordspiegel.history.HistoryImporter;
import nl.bordspiegel.school.DataRetention.Mode;
import nl.bordspiegel.shared.SchoolData.Kind;
import nl.bordspiegel.shared.InvalidInputException;
import nl.bordspiegel.FixedTime;

@SpringBootTest
@ActiveProfiles("test")
class DataRetentionTest {

    /** Each table's free text, as {@link #seed} writes it: the label tells old from new and school from school. */
    private static final List<String[]> TEXTS = List.of(new String[] {"board_session", "cancel_reason"},
            new String[] {"attendance", "reason"}, new String[] {"idea", "text"},
            new String[] {"improvement_action", "title"}, new String[] {"success", "text"},
            new String[] {"board_comment", "text"}, new String[] {"goal", "title"}, new String[] {"goal", "measure"},
            new String[] {"goal", "outcome_note"}, new String[] {"board_change", "description"},
            new String[] {"coach_update", "text"}, new String[] {"journal_entry", "text"},
            new String[] {"journal_entry", "prompt"}, new String[] {"vision_item", "title"},
            new String[] {"audit_entry", "detail"});

    @Autowired DataRetention retention;
    @Autowired SchoolAdministration admin;
    @Autowired AuditLog audit;
    @Autowired ApplicationContext context;
    @Autowired HistoryImporter importer;
    @Autowired PasswordEncoder encoder;
    @Autowired JdbcTemplate jdbc;

    TestSchools.School school;
    TestSchools.School other;
    LocalDate cutOff;
    long formerId;
    long recentFormerId;

    @BeforeEach
    void twoSchoolsWithOldAndNewData() {
        school = TestSchools.create(importer, encoder);
        other = TestSchools.create(importer, encoder);
        keepYears(other, 2);
        cutOff = keepYears(school, 2);
        LocalDate old = cutOff.minusDays(1);
        seed(school, old, label(school, "oud"));
        seed(school, cutOff, label(school, "nieuw"));
        seed(other, old, label(other, "oud"));
        // Old work still open on a board is never old.
        long team = team(school);
        long teacher = person(school.teacher());
        jdbc.update("insert into idea (team_id, author_id, proposed_on, text, status) values (?, ?, ?, ?, 'NEW')",
                team, teacher, old.minusYears(1), "open idee");
        jdbc.update("insert into improvement_action (team_id, title, created_by_id, created_on, status)"
                + " values (?, ?, ?, ?, 'OPEN')", team, "open actie", teacher, old.minusYears(1));
        // Two former colleagues: one gone before the cut-off, one who still worked after it.
        formerId = formerColleague(school, old, "Vera Vroeger");
        recentFormerId = formerColleague(school, cutOff.plusDays(3), "Rik Recent");
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void cutOffIsTheStartOfTheSchoolYearNYearsBeforeTheCurrentOne() {
        SchoolSettings noYear = new SchoolSettings(60, 180, null, null, 2);
        assertThat(DataRetention.cutOff(noYear, LocalDate.of(2026, 3, 10))).isEqualTo(LocalDate.of(2023, 8, 1));
        assertThat(DataRetention.cutOff(noYear, LocalDate.of(2026, 8, 1))).isEqualTo(LocalDate.of(2024, 8, 1));
        assertThat(DataRetention.cutOff(noYear, LocalDate.of(2026, 7, 31))).isEqualTo(LocalDate.of(2023, 8, 1));
        SchoolSettings ownYear = new SchoolSettings(60, 180, LocalDate.of(2025, 8, 18), LocalDate.of(2026, 7, 10), 1);
        assertThat(DataRetention.cutOff(ownYear, LocalDate.of(2025, 8, 17))).isEqualTo(LocalDate.of(2023, 8, 18));
        assertThat(DataRetention.cutOff(ownYear, LocalDate.of(2025, 8, 18))).isEqualTo(LocalDate.of(2024, 8, 18));
    }

    @Test
    void previewCountsExactlyTheOldRowsOfTheOwnSchool() {
        TestSchools.signIn(context, school.admin());

        RetentionPreview preview = retention.preview();

        assertThat(preview.retentionSet()).isTrue();
        assertThat(preview.retentionYears()).isEqualTo(2);
        assertThat(preview.cutOff()).isEqualTo(DataRetention.cutOff(admin.settings(), FixedTime.today(context)));
        for (Kind kind : Kind.values()) {
            // One of each was seeded before the cut-off; the former colleague's old idea makes two.
            long expected = kind == Kind.IDEAS ? 2 : 1;
            assertThat(preview.count(kind)).as(kind.name()).isEqualTo(expected);
        }
        assertThat(preview.total()).isEqualTo(Kind.values().length);
    }

    @Test
    void nothingHappensWhenTheSchoolKeepsEverything() {
        TestSchools.signIn(context, school.admin());
        admin.changeSettings(new SchoolSettings(60, 180, null, null, null));

        assertThat(retention.preview().retentionSet()).isFalse();
        assertThat(retention.preview().counts()).isEmpty();
        assertThatThrownBy(() -> retention.apply(Mode.DELETE, cutOff)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("admin.retention.notSet");
        assertThat(texts(label(school, "oud"))).allSatisfy((column, count) -> assertThat(count).as(column).isOne());
    }

    @Test
    void deleteRemovesTheOldRowsAndKeepsNewerRowsAndOtherSchools() {
        TestSchools.signIn(context, school.admin());

        RetentionPreview done = retention.apply(Mode.DELETE, cutOff);

        assertThat(done.count(Kind.SESSIONS)).isOne();
        assertThat(texts(label(school, "oud"))).allSatisfy((column, count) -> assertThat(count).as(column).isZero());
        assertThat(numbers(school, cutOff.minusDays(1))).allSatisfy((table, count) -> assertThat(count).as(table).isZero());
        assertThat(texts(label(school, "nieuw"))).allSatisfy((column, count) -> assertThat(count).as(column).isOne());
        assertThat(numbers(school, cutOff)).allSatisfy((table, count) -> assertThat(count).as(table).isOne());
        assertThat(texts(label(other, "oud"))).allSatisfy((column, count) -> assertThat(count).as(column).isOne());
        assertThat(numbers(other, cutOff.minusDays(1))).allSatisfy((table, count) -> assertThat(count).as(table).isOne());
        assertThat(count("select count(*) from idea where team_id = ? and text = 'open idee'", team(school))).isOne();
        assertThat(count("select count(*) from improvement_action where team_id = ? and title = 'open actie'",
                team(school))).isOne();

        RetentionPreview after = retention.preview();
        assertThat(after.total()).isZero();
        assertThat(audit.newestEntries()).first().satisfies(entry -> {
            assertThat(entry.action()).isEqualTo(AuditAction.DATA_DELETED);
            assertThat(entry.detail()).contains(cutOff.toString(), "Bordsessies 1");
        });
    }

    @Test
    void anonymiseKeepsTheRowsAndNumbersButReplacesTextsAndFormerStaff() {
        TestSchools.signIn(context, school.admin());
        RetentionPreview before = retention.preview();

        retention.apply(Mode.ANONYMISE, cutOff);

        RetentionPreview after = retention.preview();
        for (Kind kind : Kind.values()) {
            if (kind != Kind.FORMER_STAFF) {
                assertThat(after.count(kind)).as(kind.name()).isEqualTo(before.count(kind));
            }
        }
        assertThat(after.count(Kind.FORMER_STAFF)).as("anonymised once").isZero();
        assertThat(texts(label(school, "oud"))).allSatisfy((column, count) -> assertThat(count).as(column).isZero());
        assertThat(texts(DataRetention.MARKER)).allSatisfy((column, count) -> assertThat(count).as(column).isPositive());
        assertThat(numbers(school, cutOff.minusDays(1))).allSatisfy((table, count) -> assertThat(count).as(table).isOne());
        assertThat(texts(label(school, "nieuw"))).allSatisfy((column, count) -> assertThat(count).as(column).isOne());
        assertThat(texts(label(other, "oud"))).allSatisfy((column, count) -> assertThat(count).as(column).isOne());

        Map<String, Object> former = jdbc.queryForMap("select name, email, password_hash from person where id = ?",
                formerId);
        assertThat(former.get("NAME")).isEqualTo("Oud-medewerker #" + formerId);
        assertThat((String) former.get("EMAIL")).isEqualTo("anoniem-" + formerId).doesNotContain("@");
        assertThat(former.get("PASSWORD_HASH")).isNull();
        assertThat(jdbc.queryForObject("select name from person where id = ?", String.class, recentFormerId))
                .isEqualTo("Rik Recent");
        assertThat(audit.newestEntries()).first().extracting(AuditRecord::action).isEqualTo(AuditAction.DATA_ANONYMISED);
    }

    @Test
    void aStalePreviewIsRefusedAndChangesNothing() {
        TestSchools.signIn(context, school.admin());

        assertThatThrownBy(() -> retention.apply(Mode.DELETE, cutOff.minusYears(1)))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("admin.retention.stale");
        assertThatThrownBy(() -> retention.apply(Mode.ANONYMISE, null))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("admin.retention.stale");

        assertThat(texts(label(school, "oud"))).allSatisfy((column, count) -> assertThat(count).as(column).isOne());
        assertThat(audit.newestEntries()).extracting(AuditRecord::action)
                .doesNotContain(AuditAction.DATA_DELETED, AuditAction.DATA_ANONYMISED);
    }

    @Test
    void onlyAdminsMayPreviewOrApply() {
        for (String email : new String[] {school.teacher(), school.coach(), school.leader()}) {
            TestSchools.signIn(context, email);
            assertThatThrownBy(() -> retention.preview()).as(email).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> retention.apply(Mode.DELETE, cutOff)).as(email)
                    .isInstanceOf(AccessDeniedException.class);
        }
        SecurityContextHolder.clearContext();
        assertThatThrownBy(() -> retention.apply(Mode.DELETE, cutOff)).isInstanceOf(Exception.class);
        assertThat(texts(label(school, "oud"))).allSatisfy((column, count) -> assertThat(count).as(column).isOne());
    }

    // ---- helpers ----

    private LocalDate keepYears(TestSchools.School s, int years) {
        TestSchools.signIn(context, s.admin());
        try {
            admin.changeSettings(new SchoolSettings(60, 180, null, null, years));
            return retention.preview().cutOff();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private static String label(TestSchools.School s, String age) {
        return age + " " + s.id();
    }

    /** One row of every kind, dated {@code day}, with {@code text} in every free-text column. */
    private void seed(TestSchools.School s, LocalDate day, String text) {
        long team = team(s);
        long teacher = person(s.teacher());
        long leader = person(s.leader());
        long coach = person(s.coach());
        long adminId = person(s.admin());
        jdbc.update("insert into board_session (team_id, held_on, state, cancel_reason) values (?, ?, 'CANCELLED', ?)",
                team, day, text);
        long session = last("board_session");
        jdbc.update("insert into attendance (session_id, person_id, mark, reason) values (?, ?, 'ABSENT', ?)",
                session, teacher, text);
        jdbc.update("insert into idea (team_id, author_id, proposed_on, text, status) values (?, ?, ?, ?, 'ADOPTED')",
                team, teacher, day, text);
        jdbc.update("insert into improvement_action (team_id, title, created_by_id, created_on, status, closed_on)"
                + " values (?, ?, ?, ?, 'DONE', ?)", team, text, teacher, day.minusDays(10), day);
        jdbc.update("insert into success (team_id, author_id, noted_on, text) values (?, ?, ?, ?)", team, teacher,
                day, text);
        jdbc.update("insert into board_comment (team_id, author_id, written_on, kind, text) values (?, ?, ?, 'QUESTION', ?)",
                team, teacher, day, text);
        jdbc.update("insert into goal (team_id, title, measure, target, started_on, ends_on, outcome, outcome_note)"
                + " values (?, ?, ?, 5, ?, ?, 'REACHED', ?)", team, text, text, day.minusMonths(3), day, text);
        jdbc.update("insert into measurement (goal_id, measured_on, measured_value) values (?, ?, 4)",
                last("goal"), day);
        jdbc.update("insert into board_change (team_id, changed_at, by_person_id, kind, description)"
                + " values (?, ?, ?, 'ADDED', ?)", team, day.atTime(10, 0), teacher, text);
        jdbc.update("insert into time_entry (person_id, entry_date, minutes, category) values (?, ?, 30, 'COACHING')",
                leader, day);
        jdbc.update("insert into check_in (person_id, check_in_date, time_feeling) values (?, ?, 'RIGHT')", leader, day);
        jdbc.update("insert into coach_update (school_id, author_id, team_id, written_on, text) values (?, ?, ?, ?, ?)",
                s.id(), coach, team, day, text);
        jdbc.update("insert into coach_update_recipient (coach_update_id, person_id) values (?, ?)",
                last("coach_update"), leader);
        jdbc.update("insert into journal_entry (leader_id, written_on, prompt, text, pattern) values (?, ?, ?, ?, 'FACILITATOR')",
                leader, day, text, text);
        jdbc.update("insert into vision_item (school_id, title, author_id, written_on) values (?, ?, ?, ?)", s.id(),
                text, teacher, day);
        jdbc.update("insert into vision_co_author (vision_item_id, person_id) values (?, ?)", last("vision_item"), leader);
        jdbc.update("insert into audit_entry (school_id, actor_id, actor_name, action, detail, occurred_at)"
                + " values (?, ?, 'Ada Beheer', 'SETTINGS_CHANGED', ?, ?)", s.id(), adminId, text, day.atTime(9, 0));
    }

    /** A deactivated colleague whose last work (an idea) was on {@code lastWorked}. */
    private long formerColleague(TestSchools.School s, LocalDate lastWorked, String name) {
        String email = TestSchools.uniqueTag() + "@vroeger.example";
        jdbc.update("insert into person (school_id, name, email, password_hash, active) values (?, ?, ?, 'x', false)",
                s.id(), name, email);
        long id = person(email);
        jdbc.update("insert into idea (team_id, author_id, proposed_on, text, status) values (?, ?, ?, ?, 'PARKED')",
                team(s), id, lastWorked, name);
        return id;
    }

    /** Per free-text column: how many rows hold exactly {@code text}. */
    private Map<String, Long> texts(String text) {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (String[] column : TEXTS) {
            counts.put(column[0] + "." + column[1],
                    count("select count(*) from " + column[0] + " where " + column[1] + " = ?", text));
        }
        return counts;
    }

    /** The rows without text, dated {@code day}, of a school: measurements, time entries, check-ins. */
    private Map<String, Long> numbers(TestSchools.School s, LocalDate day) {
        long leader = person(s.leader());
        return Map.of(
                "measurement", count("select count(*) from measurement m join goal g on g.id = m.goal_id"
                        + " where g.team_id = ? and m.measured_on = ?", team(s), day),
                "time_entry", count("select count(*) from time_entry where person_id = ? and entry_date = ?", leader, day),
                "check_in", count("select count(*) from check_in where person_id = ? and check_in_date = ?", leader, day));
    }

    private long count(String sql, Object... args) {
        return jdbc.queryForObject(sql, Long.class, args);
    }

    private long last(String table) {
        return jdbc.queryForObject("select max(id) from " + table, Long.class);
    }

    private long team(TestSchools.School s) {
        return jdbc.queryForObject("select id from team where school_id = ?", Long.class, s.id());
    }

    private long person(String email) {
        return jdbc.queryForObject("select id from person where email = ?", Long.class, email);
    }
}
