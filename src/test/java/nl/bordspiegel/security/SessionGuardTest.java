package nl.bordspiegel.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.time.Duration;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

import nl.bordspiegel.FixedTime;
import nl.bordspiegel.TestSchools;
import nl.bordspiegel.history.HistoryImporter;

/**
 * A session is checked against the account on every request (a Vaadin heartbeat is one):
 * what an admin changes counts at once for a person who is signed in right now.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class SessionGuardTest {

    @Autowired MockMvc mvc;
    @Autowired HistoryImporter importer;
    @Autowired PasswordEncoder encoder;
    @Autowired JdbcTemplate jdbc;
    @Autowired ApplicationContext context;
    @Autowired PasswordService passwords;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void aCoachDeactivatedWhileSignedInIsSignedOutOnTheNextRequest() throws Exception {
        TestSchools.School school = TestSchools.create(importer, encoder);
        MockHttpSession rik = signIn(school.coach());
        mvc.perform(get("/actuator/health").session(rik)).andExpect(authenticated());

        jdbc.update("update person set active = false where email = ?", school.coach());

        mvc.perform(get("/actuator/health").session(rik)).andExpect(unauthenticated());
        assertThat(rik.isInvalid()).isTrue();
    }

    @Test
    void aRoleTakenAwayIsGoneOnTheNextRequest() throws Exception {
        TestSchools.School school = TestSchools.create(importer, encoder);
        MockHttpSession coach = signIn(school.coach());
        mvc.perform(get("/actuator/health").session(coach)).andExpect(authenticated().withRoles("TEACHER", "COACH"));

        jdbc.update("delete from person_role where role = 'COACH' and person_id = (select id from person where email = ?)",
                school.coach());

        mvc.perform(get("/actuator/health").session(coach)).andExpect(authenticated().withRoles("TEACHER"));
    }

    @Test
    void changingYourPasswordEndsYourOtherSessionsButNotThisOne() throws Exception {
        TestSchools.School school = TestSchools.create(importer, encoder);
        MockHttpSession laptop = signIn(school.teacher());
        MockHttpSession phone = signIn(school.teacher());

        // The change is made on the laptop: its security context is the one signed in there.
        SecurityContext laptopContext = (SecurityContext) laptop.getAttribute(
                HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY);
        TestSchools.useStrategyOf(context);
        SecurityContextHolder.setContext(laptopContext);
        passwords.changeMyPassword(TestSchools.PASSWORD, "fiets regen tulp 42");
        SecurityContextHolder.clearContext();

        mvc.perform(get("/actuator/health").session(phone)).andExpect(unauthenticated());
        mvc.perform(get("/actuator/health").session(laptop)).andExpect(authenticated());
    }

    @Test
    void noSessionOutlivesItsMaximumLifetimeHoweverBusy() throws Exception {
        TestSchools.School school = TestSchools.create(importer, encoder);
        MockHttpSession session = signIn(school.teacher());
        for (int hour = 0; hour < 11; hour++) {
            mvc.perform(get("/actuator/health").session(session)).andExpect(authenticated());
            FixedTime.advance(context, Duration.ofHours(1));
        }
        FixedTime.advance(context, Duration.ofHours(1));

        mvc.perform(get("/actuator/health").session(session)).andExpect(unauthenticated());
    }

    @Test
    void thePasswordHashIsNotKeptInTheSession() throws Exception {
        TestSchools.School school = TestSchools.create(importer, encoder);
        MockHttpSession session = signIn(school.teacher());

        SecurityContext stored = (SecurityContext) session.getAttribute(
                HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY);
        SignedInUser user = (SignedInUser) stored.getAuthentication().getPrincipal();
        assertThat(user.getPassword()).isNull();
        assertThat(stored.getAuthentication().getCredentials()).isNull();
    }

    private MockHttpSession signIn(String email) throws Exception {
        return (MockHttpSession) mvc.perform(formLogin("/login").user("username", email)
                        .password("password", TestSchools.PASSWORD))
                .andExpect(authenticated()).andReturn().getRequest().getSession(false);
    }
}
