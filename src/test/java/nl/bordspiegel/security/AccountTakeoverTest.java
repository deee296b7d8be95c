package nl.bordspiegel.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

import nl.bordspiegel.TestSchools;
import nl.bordspiegel.audit.AuditAction;
import nl.bordspiegel.audit.AuditLog;
import nl.bordspiegel.audit.AuditRecord;
import nl.bordspiegel.history.HistoryImporter;
import nl.bordspiegel.mirror.JournalService;
import nl.bordspiegel.school.SchoolAdministration;
import nl.bordspiegel.shared.InvalidInputException;

/**
 * An admin never chooses a colleague's password: the link an admin makes for someone who
 * already has one works only once that person allowed it, and every step is in the audit log.
 * So an admin cannot sign in as a leader and read the leader's private mirror.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class AccountTakeoverTest {

    private static final String CHOSEN_BY_ADMIN = "lantaarn in de mist";

    @Autowired MockMvc mvc;
    @Autowired HistoryImporter importer;
    @Autowired PasswordEncoder encoder;
    @Autowired JdbcTemplate jdbc;
    @Autowired ApplicationContext context;
    @Autowired PasswordService passwords;
    @Autowired SchoolAdministration administration;
    @Autowired AuditLog audit;
    @Autowired JournalService journals;

    TestSchools.School school;
    long leader;

    @BeforeEach
    void school() {
        school = TestSchools.create(importer, encoder);
        leader = jdbc.queryForObject("select id from person where email = ?", Long.class, school.leader());
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void anAdminsLinkCannotBeUsedToSignInAsALeaderAndReadTheMirror() throws Exception {
        TestSchools.signIn(context, school.admin());
        String token = administration.createSetPasswordLink(leader);
        TestSchools.signInAnonymously();

        assertThat(passwords.linkState(token)).isEqualTo(PasswordService.LinkState.AWAITS_CONFIRMATION);
        assertThatThrownBy(() -> passwords.setPasswordWithToken(token, CHOSEN_BY_ADMIN))
                .isInstanceOf(InvalidInputException.class);

        mvc.perform(formLogin("/login").user("username", school.leader()).password("password", CHOSEN_BY_ADMIN))
                .andExpect(unauthenticated());
        mvc.perform(formLogin("/login").user("username", school.leader()).password("password", TestSchools.PASSWORD))
                .andExpect(authenticated());
        TestSchools.signIn(context, school.admin());
        assertThat(audit.newestEntries()).extracting(AuditRecord::action)
                .contains(AuditAction.PASSWORD_RESET_AWAITS_CONFIRMATION);
        // Nor does the admin's own sign-in reach the mirror: "Alleen jij ziet dit" holds.
        assertThatThrownBy(() -> journals.journal(leader)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void theLeaderRefusesTheResetAndTheLinkIsDead() {
        TestSchools.signIn(context, school.admin());
        String token = administration.createSetPasswordLink(leader);

        TestSchools.signIn(context, school.leader());
        assertThat(passwords.pendingResetOfMine()).contains("Ada Beheer");
        passwords.refusePendingReset();

        assertThat(passwords.pendingResetOfMine()).isEmpty();
        assertThat(passwords.linkState(token)).isEqualTo(PasswordService.LinkState.UNUSABLE);
        TestSchools.signIn(context, school.admin());
        assertThat(audit.newestEntries()).extracting(AuditRecord::action).contains(AuditAction.PASSWORD_RESET_REFUSED);
    }

    @Test
    void aResetTheLeaderAllowedWorksOnceAndEveryStepIsAudited() throws Exception {
        TestSchools.signIn(context, school.admin());
        String token = administration.createSetPasswordLink(leader);
        TestSchools.signIn(context, school.leader());
        passwords.allowPendingReset();
        TestSchools.signInAnonymously();

        passwords.setPasswordWithToken(token, "fiets regen tulp 42");

        mvc.perform(formLogin("/login").user("username", school.leader()).password("password", "fiets regen tulp 42"))
                .andExpect(authenticated());
        TestSchools.signIn(context, school.admin());
        assertThat(audit.newestEntries()).extracting(AuditRecord::action).contains(
                AuditAction.PASSWORD_RESET_AWAITS_CONFIRMATION, AuditAction.PASSWORD_RESET_CONFIRMED,
                AuditAction.PASSWORD_SET_WITH_LINK);
    }
}
