package nl.bordspiegel.school;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.ActiveProfiles;

import nl.bordspiegel.TestSchools;
import nl.bordspiegel.audit.AuditAction;
import nl.bordspiegel.audit.AuditLog;
import nl.bordspiegel.audit.AuditRecord;
import nl.bordspiegel.history.HistoryFormatException;
import nl.bordspiegel.history.HistoryImporter;
import nl.bordspiegel.history.HistoryReader;
import nl.bordspiegel.shared.InvalidInputException;
import nl.bordspiegel.shared.Role;

@SpringBootTest
@ActiveProfiles("test")
class SchoolAdministrationTest {

    @Autowired SchoolAdministration admin;
    @Autowired AuditLog audit;
    @Autowired UserDetailsService accounts;
    @Autowired org.springframework.context.ApplicationContext context;
    @Autowired HistoryImporter importer;
    @Autowired PasswordEncoder encoder;
    @Autowired JdbcTemplate jdbc;

    TestSchools.School school;
    TestSchools.School other;

    @BeforeEach
    void twoSchools() {
        school = TestSchools.create(importer, encoder);
        other = TestSchools.create(importer, encoder);
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void adminAddsAPersonWhoIsAuditedAndCanGetASetPasswordLink() {
        TestSchools.signIn(context, school.admin());
        String email = TestSchools.uniqueTag() + "@nieuw.example";

        long id = admin.addPerson("  Nina Nieuw ", email.toUpperCase(), Set.of(Role.TEACHER));
        String token = admin.createSetPasswordLink(id);

        assertThat(admin.people()).anySatisfy(person -> {
            assertThat(person.name()).isEqualTo("Nina Nieuw");
            assertThat(person.email()).isEqualTo(email);
            assertThat(person.hasPassword()).isFalse();
        });
        assertThat(token).hasSizeGreaterThan(30);
        assertThat(audit.newestEntries()).extracting(AuditRecord::action)
                .contains(AuditAction.PERSON_ADDED, AuditAction.PASSWORD_LINK_CREATED);
    }

    @Test
    void adminOfAnotherSchoolCannotTouchThisSchool() {
        TestSchools.signIn(context, other.admin());
        long teacher = personId(school.teacher());
        long team = teamId(school);

        assertThatThrownBy(() -> admin.changePerson(teacher, "X", school.teacher(), Set.of(Role.ADMIN)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> admin.deactivate(teacher)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> admin.createSetPasswordLink(teacher)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> admin.renameTeam(team, "Overgenomen")).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> admin.archiveTeam(team)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> admin.changeTeamPeople(teamId(other), Set.of(teacher), Set.of(), Set.of()))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(admin.people()).extracting(StaffMember::email).doesNotContain(school.teacher());

        TestSchools.signIn(context, school.admin());
        assertThat(admin.people()).anySatisfy(person -> {
            assertThat(person.email()).isEqualTo(school.teacher());
            assertThat(person.roles()).containsExactly(Role.TEACHER);
            assertThat(person.active()).isTrue();
        });
        assertThat(admin.teams()).extracting(TeamDetails::name).containsExactly(school.teamName());
    }

    @Test
    void teachersCoachesAndLeadersAreRefused() {
        for (String email : new String[] {school.teacher(), school.coach(), school.leader()}) {
            TestSchools.signIn(context, email);
            assertThatThrownBy(() -> admin.people()).as(email).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> admin.createTeam("Nieuw")).as(email).isInstanceOf(AccessDeniedException.class);
        }
        SecurityContextHolder.clearContext();
        assertThatThrownBy(() -> admin.people()).isInstanceOf(Exception.class);
    }

    @Test
    void badTextIsRefusedWithAReasonAndChangesNothing() {
        TestSchools.signIn(context, school.admin());
        long teacher = personId(school.teacher());
        int before = admin.people().size();

        assertThatThrownBy(() -> admin.addPerson("x".repeat(201), "a@" + TestSchools.uniqueTag() + ".example",
                Set.of(Role.TEACHER))).isInstanceOf(InvalidInputException.class).hasMessageContaining("security.input.tooLong");
        assertThatThrownBy(() -> admin.addPerson("<script>alert(1)</script>", "b@" + TestSchools.uniqueTag() + ".example",
                Set.of(Role.TEACHER))).isInstanceOf(InvalidInputException.class).hasMessageContaining("security.input.markup");
        assertThatThrownBy(() -> admin.addPerson("Geen Mail", "geen-mail", Set.of(Role.TEACHER)))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("security.input.email");
        assertThatThrownBy(() -> admin.addPerson("Dubbel", school.coach(), Set.of(Role.TEACHER)))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("admin.person.emailInUse");
        // Another school's address: the very answer a malformed address gets, so nothing is revealed.
        assertThatThrownBy(() -> admin.addPerson("Elders", other.coach(), Set.of(Role.TEACHER)))
                .isInstanceOf(InvalidInputException.class).hasMessage("security.input.email []");
        assertThatThrownBy(() -> admin.changePerson(teacher, "Tom <b>", school.teacher(), Set.of(Role.TEACHER)))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> admin.createTeam(school.teamName().toUpperCase()))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("admin.team.nameInUse");

        assertThat(admin.people()).hasSize(before).extracting(StaffMember::name).contains("Tom Leraar");
    }

    @Test
    void roleChangesAreAuditedAndAnAdminCannotDropTheirOwnAdminRole() {
        TestSchools.signIn(context, school.admin());
        long teacher = personId(school.teacher());

        admin.changePerson(teacher, "Tom Leraar", school.teacher(), EnumSet.of(Role.TEACHER, Role.COACH));

        assertThat(audit.newestEntries().get(0)).satisfies(entry -> {
            assertThat(entry.action()).isEqualTo(AuditAction.ROLES_CHANGED);
            assertThat(entry.actorName()).isEqualTo("Ada Beheer");
            assertThat(entry.detail()).contains("Tom Leraar", "COACH");
        });
        long me = personId(school.admin());
        assertThatThrownBy(() -> admin.changePerson(me, "Ada Beheer", school.admin(), Set.of(Role.TEACHER)))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> admin.deactivate(me)).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void deactivatedPersonCannotSignInLeavesTheTeamAndKeepsTheirRecord() {
        TestSchools.signIn(context, school.admin());
        long teacher = personId(school.teacher());

        admin.deactivate(teacher);

        assertThat(accounts.loadUserByUsername(school.teacher()).isEnabled()).isFalse();
        assertThat(admin.teams().get(0).members()).doesNotContain(teacher);
        assertThat(admin.people()).anySatisfy(person -> {
            assertThat(person.id()).isEqualTo(teacher);
            assertThat(person.active()).isFalse();
        });
        admin.reactivate(teacher);
        assertThat(accounts.loadUserByUsername(school.teacher()).isEnabled()).isTrue();
    }

    @Test
    void teamsAreCreatedRenamedArchivedAndStaffedOnlyWithFittingRoles() {
        TestSchools.signIn(context, school.admin());
        long teacher = personId(school.teacher());
        long leader = personId(school.leader());
        long coach = personId(school.coach());

        long team = admin.createTeam("Bovenbouw");
        admin.renameTeam(team, "Bovenbouw 7-8");
        admin.changeTeamPeople(team, Set.of(teacher, coach), Set.of(leader), Set.of(coach));
        assertThatThrownBy(() -> admin.changeTeamPeople(team, Set.of(teacher), Set.of(teacher), Set.of()))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("admin.team.leaderRole");
        admin.archiveTeam(team);

        assertThat(admin.teams()).anySatisfy(found -> {
            assertThat(found.name()).isEqualTo("Bovenbouw 7-8");
            assertThat(found.archived()).isTrue();
            assertThat(found.members()).containsExactlyInAnyOrder(teacher, coach);
            assertThat(found.leaders()).containsExactly(leader);
        });
    }

    @Test
    void settingsRefuseImpossibleValuesAndKeepTheOldOnes() {
        TestSchools.signIn(context, school.admin());
        SchoolSettings good = new SchoolSettings(90, 240, LocalDate.of(2025, 8, 25), LocalDate.of(2026, 7, 10), 3);

        admin.changeSettings(good);
        assertThatThrownBy(() -> admin.changeSettings(new SchoolSettings(90, 240, LocalDate.of(2026, 7, 10),
                LocalDate.of(2025, 8, 25), 3))).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> admin.changeSettings(new SchoolSettings(300, 240, null, null, null)))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> admin.changeSettings(new SchoolSettings(60, 180, LocalDate.of(2025, 8, 25), null, null)))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> admin.changeSettings(new SchoolSettings(60, 180, null, null, 0)))
                .isInstanceOf(InvalidInputException.class);

        assertThat(admin.settings()).isEqualTo(good);
        assertThat(audit.newestEntries().get(0).action()).isEqualTo(AuditAction.SETTINGS_CHANGED);
    }

    @Test
    void exportedSchoolImportsWholeIntoAnEmptySchoolOnly() throws Exception {
        TestSchools.signIn(context, school.admin());
        String exported = admin.exportSchool();
        assertThat(audit.newestEntries().get(0).action()).isEqualTo(AuditAction.SCHOOL_EXPORTED);
        assertThat(admin.schoolIsEmpty()).isFalse();
        assertThatThrownBy(() -> admin.importSchool(exported)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("admin.file.notEmpty");

        String newAdmin = "admin@" + TestSchools.uniqueTag() + ".example";
        long empty = importer.importSchool(HistoryReader.read(new StringReader(TestSchools.emptySchoolJson(newAdmin))),
                encoder.encode(TestSchools.PASSWORD));
        TestSchools.signIn(context, newAdmin);
        assertThat(admin.schoolIsEmpty()).isTrue();
        // The exported people still have their e-mails in the first school: the import names the place.
        assertThatThrownBy(() -> admin.importSchool(exported)).isInstanceOf(HistoryFormatException.class)
                .satisfies(e -> assertThat(((HistoryFormatException) e).place()).isEqualTo("people[0].email"));
        assertThatThrownBy(() -> admin.importSchool(exported.replace("\"TEACHER\"", "\"PRINCIPAL\"")))
                .isInstanceOf(HistoryFormatException.class);
        assertThat(admin.schoolIsEmpty()).isTrue();

        String renamed = exported.replace(school.teacher().split("@")[1], "moved-" + TestSchools.uniqueTag() + ".example");
        admin.importSchool(renamed);

        assertThat(admin.people()).hasSize(5);
        assertThat(admin.teams()).extracting(TeamDetails::name).containsExactly(school.teamName());
        assertThat(jdbc.queryForObject("select name from school where id = ?", String.class, empty))
                .startsWith("Testschool");
        assertThat(audit.newestEntries().get(0).action()).isEqualTo(AuditAction.SCHOOL_IMPORTED);
    }

    private long personId(String email) {
        return jdbc.queryForObject("select id from person where email = ?", Long.class, email);
    }

    private long teamId(TestSchools.School of) {
        return jdbc.queryForObject("select id from team where school_id = ?", Long.class, of.id());
    }
}
