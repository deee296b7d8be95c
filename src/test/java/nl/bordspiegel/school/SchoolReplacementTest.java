package nl.bordspiegel.school;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
import nl.bordspiegel.history.HistoryFormatException;
import nl.bordspiegel.history.HistoryImporter;
import nl.bordspiegel.shared.InvalidInputException;

/**
 * An admin replaces their school with a school file: a preview that changes nothing, then all
 * or nothing. The admin keeps their own password; nobody else gets a known one.
 */
@SpringBootTest
@ActiveProfiles("test")
class SchoolReplacementTest {

    @Autowired SchoolReplacement replacement;
    @Autowired SchoolAdministration administration;
    @Autowired AuditLog audit;
    @Autowired HistoryImporter importer;
    @Autowired PasswordEncoder encoder;
    @Autowired JdbcTemplate jdbc;
    @Autowired ApplicationContext context;

    TestSchools.School school;
    String backup;

    @BeforeEach
    void schoolWithItsBackup() {
        school = TestSchools.create(importer, encoder);
        TestSchools.signIn(context, school.admin());
        backup = administration.exportSchool();
        administration.createTeam("Team na de back-up");
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void thePreviewNamesWhatGoesAndWhatComesAndChangesNothing() {
        ReplacementPreview preview = replacement.preview(backup.replace("Testschool", "Teruggezette school"));

        assertThat(preview.applicable()).isTrue();
        assertThat(preview.currentName()).startsWith("Testschool");
        assertThat(preview.currentPeople()).isEqualTo(4);
        assertThat(preview.currentTeams()).isEqualTo(2);
        assertThat(preview.fileName()).startsWith("Teruggezette school");
        assertThat(preview.people()).isEqualTo(4);
        assertThat(preview.teams()).isEqualTo(1);
        assertThat(teamsOf(school.id())).isEqualTo(2);
        assertThat(schoolOf(school.teacher())).isEqualTo(school.id());
        assertThat(passwordWorks(school.teacher())).isTrue();
    }

    @Test
    void replacingBringsTheFileBackAndTheAdminKeepsTheirOwnPassword() {
        long replaced = replacement.replace(backup.replace("Testschool", "Teruggezette school"));

        assertThat(replaced).isNotEqualTo(school.id());
        assertThat(teamsOf(replaced)).isEqualTo(1);
        assertThat(schoolOf(school.admin())).isEqualTo(replaced);
        assertThat(passwordWorks(school.admin())).isTrue();
        // Nobody else has a password the admin could know: they get links.
        assertThat(jdbc.queryForObject("select count(*) from person where school_id = ? and password_hash is not null",
                Integer.class, replaced)).isEqualTo(1);
        // The old school is unreachable: nobody there can sign in.
        assertThat(jdbc.queryForObject("select count(*) from person where school_id = ? and (active or password_hash"
                + " is not null)", Integer.class, school.id())).isZero();
        TestSchools.signIn(context, school.admin());
        assertThat(administration.teams()).extracting(TeamDetails::name).containsExactly(school.teamName());
    }

    @Test
    void theAdminsOldSignInEndsAndTheReplacementIsInTheOldSchoolsAuditLog() {
        replacement.replace(backup);

        assertThatThrownBy(() -> administration.people()).isInstanceOf(AccessDeniedException.class);
        assertThat(jdbc.queryForList("select action from audit_entry where school_id = ?", String.class, school.id()))
                .contains(AuditAction.SCHOOL_REPLACED.name());
    }

    @Test
    void aFileWithABadReferenceIsRefusedWithItsPlaceAndNothingChanges() {
        String broken = backup.replaceFirst("\"members\"\\s*:\\s*\\[\\s*\"", "\"members\": [\"nobody-");
        assertThat(broken).isNotEqualTo(backup);

        ReplacementPreview preview = replacement.preview(broken);
        assertThat(preview.applicable()).isFalse();
        assertThat(preview.place()).startsWith("teams[0].members");
        assertThatThrownBy(() -> replacement.replace(broken)).isInstanceOf(HistoryFormatException.class);

        assertThat(teamsOf(school.id())).isEqualTo(2);
        assertThat(schoolOf(school.teacher())).isEqualTo(school.id());
        assertThat(passwordWorks(school.teacher())).isTrue();
        assertThat(administration.people()).hasSize(4);
    }

    @Test
    void aFileWithoutTheAdminIsRefusedSoTheAdminCannotLockThemselvesOut() {
        String withoutMe = backup.replace(school.admin(), "iemand-anders@" + TestSchools.uniqueTag() + ".example");

        ReplacementPreview preview = replacement.preview(withoutMe);
        assertThat(preview.refusal()).isNotNull();
        assertThat(preview.refusal().messageKey()).isEqualTo("admin.replace.notInFile");
        assertThatThrownBy(() -> replacement.replace(withoutMe)).isInstanceOf(InvalidInputException.class);
        assertThat(teamsOf(school.id())).isEqualTo(2);
    }

    @Test
    void anAddressOfAnotherSchoolIsRefusedLikeAnyUnusableOneAndNothingChanges() {
        TestSchools.School other = TestSchools.create(importer, encoder);
        TestSchools.signIn(context, school.admin());
        String stolen = backup.replace(school.teacher(), other.teacher());

        ReplacementPreview preview = replacement.preview(stolen);
        assertThat(preview.place()).matches("people\\[\\d]\\.email");
        assertThat(preview.problem()).startsWith("cannot be used");
        assertThatThrownBy(() -> replacement.replace(stolen)).isInstanceOf(HistoryFormatException.class);
        assertThat(schoolOf(other.teacher())).isEqualTo(other.id());
        assertThat(schoolOf(school.teacher())).isEqualTo(school.id());
    }

    @Test
    void onlyAnAdminReplacesASchool() {
        TestSchools.signIn(context, school.leader());
        assertThatThrownBy(() -> replacement.preview(backup)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> replacement.replace(backup)).isInstanceOf(AccessDeniedException.class);
    }

    private int teamsOf(long schoolId) {
        return jdbc.queryForObject("select count(*) from team where school_id = ?", Integer.class, schoolId);
    }

    private long schoolOf(String email) {
        return jdbc.queryForObject("select school_id from person where email = ?", Long.class, email);
    }

    private boolean passwordWorks(String email) {
        String hash = jdbc.queryForObject("select password_hash from person where email = ?", String.class, email);
        return hash != null && encoder.matches(TestSchools.PASSWORD, hash);
    }
}
