package nl.bordspiegel.school;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
import nl.bordspiegel.history.HistoryImporter;
import nl.bordspiegel.shared.InvalidInputException;
import nl.bordspiegel.shared.Role;

@SpringBootTest
@ActiveProfiles("test")
class StaffImportTest {

    @Autowired StaffImport staffImport;
    @Autowired SchoolAdministration admin;
    @Autowired AuditLog audit;
    @Autowired UserDetailsService accounts;
    @Autowired org.springframework.context.ApplicationContext context;
    @Autowired HistoryImporter importer;
    @Autowired PasswordEncoder encoder;
    @Autowired JdbcTemplate jdbc;

    TestSchools.School school;
    String tag;

    @BeforeEach
    void aSchool() {
        school = TestSchools.create(importer, encoder);
        tag = TestSchools.uniqueTag();
        TestSchools.signIn(context, school.admin());
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void previewNamesEveryProblemWithItsLineAndAppliesNothing() {
        TestSchools.School other = TestSchools.create(importer, encoder);
        String csv = String.join("\n",
                "naam;e-mail;rollen;teams",
                "Anna de Vries;anna@" + tag + ".example;leraar;Groep 3",
                "",
                "<script>alert(1)</script>;script@" + tag + ".example;leraar;",
                "Bert;geen-adres;leraar;",
                "Carla;anna@" + tag + ".example;schoolleider;Groep 3",
                "Dirk;dirk@" + tag + ".example;directeur;",
                "Eva;" + school.coach() + ";leraar;",
                "Frits;" + other.coach() + ";leraar;",
                "Fout;te;veel;kolommen;hier",
                "Gijs;geen-adres-ook;leraar;");
        int peopleBefore = admin.people().size();

        StaffImportPreview preview = staffImport.preview(csv);

        assertThat(preview.canApply()).isFalse();
        assertThat(preview.rows()).extracting(StaffImportPreview.Row::line).containsExactly(2, 4, 5, 6, 7, 8, 9, 10, 11);
        assertThat(preview.rows().get(0).problems()).isEmpty();
        assertThat(problemsAt(preview, 4)).containsExactly("security.input.markup");
        assertThat(problemsAt(preview, 5)).containsExactly("security.input.email");
        assertThat(problemsAt(preview, 6)).containsExactly("admin.csv.emailTwice");
        assertThat(problemsAt(preview, 7)).containsExactly("admin.csv.unknownRole");
        assertThat(problemsAt(preview, 8)).containsExactly("admin.person.emailInUse");
        // Another school's address reads exactly like an address that cannot be used at all.
        assertThat(preview.rows().get(6).problems()).isEqualTo(List.of(new StaffImportPreview.Problem(9,
                "security.input.email", List.of())));
        assertThat(problemsAt(preview, 10)).containsExactly("admin.csv.columns");
        assertThat(preview.rows().get(8).problems()).isEqualTo(List.of(new StaffImportPreview.Problem(11,
                "security.input.email", List.of())));
        assertThat(preview.newTeams()).containsExactly("Groep 3");
        assertThat(admin.people()).hasSize(peopleBefore);
        assertThat(admin.teams()).hasSize(1);
    }

    @Test
    void oneBadLineKeepsTheWholeFileOut() {
        String csv = "name,email,roles,teams\n"
                + "Anna de Vries,anna@" + tag + ".example,TEACHER,Groep 3\n"
                + "Bert,bert@" + tag + ".example,,Groep 3\n";
        int peopleBefore = admin.people().size();

        assertThatThrownBy(() -> staffImport.apply(csv)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("admin.csv.hasProblems");

        assertThat(admin.people()).hasSize(peopleBefore);
        assertThat(admin.teams()).hasSize(1);
        assertThat(jdbc.queryForObject("select count(*) from person where email like ?", Integer.class,
                "%@" + tag + ".example")).isZero();
    }

    @Test
    void aCleanFileAddsEveryoneWithTheirRolesAndTeams() {
        String csv = "naam;e-mail;rollen;teams\n"
                + "Anna de Vries;anna@" + tag + ".example;leraar;Groep 3|" + school.teamName().toLowerCase() + "\n"
                + "\"Jansen, Bram\";bram@" + tag + ".example;schoolleider|schoolcoach;Groep 3\n"
                + "Cor Beheer;cor@" + tag + ".example;beheerder\n";

        int added = staffImport.apply(csv);

        assertThat(added).isEqualTo(3);
        assertThat(admin.people()).anySatisfy(person -> {
            assertThat(person.name()).isEqualTo("Jansen, Bram");
            assertThat(person.roles()).containsExactlyInAnyOrder(Role.LEADER, Role.COACH);
            assertThat(person.hasPassword()).isFalse();
        });
        long anna = personId("anna@" + tag + ".example");
        long bram = personId("bram@" + tag + ".example");
        assertThat(admin.teams()).anySatisfy(team -> {
            assertThat(team.name()).isEqualTo("Groep 3");
            assertThat(team.members()).containsExactly(anna);
            assertThat(team.leaders()).containsExactly(bram);
            assertThat(team.coaches()).containsExactly(bram);
        });
        assertThat(admin.teams()).anySatisfy(team -> {
            assertThat(team.name()).isEqualTo(school.teamName());
            assertThat(team.members()).contains(anna);
        });
        assertThat(audit.newestEntries().get(0).action()).isEqualTo(AuditAction.STAFF_IMPORTED);
    }

    @Test
    void onlyAdminsImportStaff() {
        TestSchools.signIn(context, school.coach());

        assertThatThrownBy(() -> staffImport.preview("naam;e-mail;rollen\nX;x@" + tag + ".example;leraar"))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> staffImport.apply("naam;e-mail;rollen\nX;x@" + tag + ".example;leraar"))
                .isInstanceOf(AccessDeniedException.class);
    }

    private static java.util.List<String> problemsAt(StaffImportPreview preview, int line) {
        return preview.rows().stream().filter(row -> row.line() == line).flatMap(row -> row.problems().stream())
                .map(StaffImportPreview.Problem::messageKey).toList();
    }

    private long personId(String email) {
        return jdbc.queryForObject("select id from person where email = ?", Long.class, email);
    }
}
