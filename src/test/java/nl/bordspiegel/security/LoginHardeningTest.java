package nl.bordspiegel.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import java.time.Duration;

import jakarta.servlet.http.Cookie;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.web.ServerProperties;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import nl.bordspiegel.DemoLogins;
import nl.bordspiegel.FixedTime;
import nl.bordspiegel.TestSchools;
import nl.bordspiegel.history.HistoryImporter;
import nl.bordspiegel.FixedTime;
import org.springframework.context.ApplicationContext;

@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class LoginHardeningTest {

    @Autowired
    private ApplicationContext context;

    @Autowired MockMvc mvc;
    @Autowired HistoryImporter importer;
    @Autowired PasswordEncoder encoder;
    @Autowired JdbcTemplate jdbc;
    @Autowired ServerProperties server;

    @Test
    void afterFiveFailuresEvenTheRightPasswordWaitsWithTheSameAnswer() throws Exception {
        TestSchools.School school = TestSchools.create(importer, encoder);
        for (int attempt = 1; attempt <= 5; attempt++) {
            signIn(school.teacher(), "verkeerd-wachtwoord").andExpect(unauthenticated())
                    .andExpect(redirectedUrl("/login?error"));
        }

        signIn(school.teacher(), TestSchools.PASSWORD).andExpect(unauthenticated())
                .andExpect(redirectedUrl("/login?error"));

        jdbc.update("update login_throttle set blocked_until = ? where email = ?",
                java.sql.Timestamp.valueOf(FixedTime.now(context).minusSeconds(1)), school.teacher());
        signIn(school.teacher(), TestSchools.PASSWORD).andExpect(authenticated());
        assertThat(jdbc.queryForObject("select count(*) from login_throttle where email = ?", Integer.class,
                school.teacher())).isZero();
    }

    @Test
    void anUnknownEmailIsThrottledExactlyLikeAnExistingOne() throws Exception {
        String unknown = "niemand@" + TestSchools.uniqueTag() + ".example";
        for (int attempt = 1; attempt <= 5; attempt++) {
            signIn(unknown, "verkeerd-wachtwoord").andExpect(redirectedUrl("/login?error"));
        }

        assertThat(jdbc.queryForObject("select failed_attempts from login_throttle where email = ?", Integer.class,
                unknown)).isEqualTo(5);
        assertThat(jdbc.queryForObject("select blocked_until from login_throttle where email = ?",
                java.sql.Timestamp.class, unknown)).isNotNull();
    }

    @Test
    void theWaitGrowsWithEveryFailureUpToAnHour() {
        assertThat(LoginAttempts.waitAfter(4)).isEqualTo(Duration.ZERO);
        assertThat(LoginAttempts.waitAfter(5)).isEqualTo(Duration.ofMinutes(1));
        assertThat(LoginAttempts.waitAfter(6)).isEqualTo(Duration.ofMinutes(2));
        assertThat(LoginAttempts.waitAfter(8)).isEqualTo(Duration.ofMinutes(8));
        assertThat(LoginAttempts.waitAfter(40)).isEqualTo(Duration.ofHours(1));
    }

    @Test
    void aDeactivatedAccountGetsTheSameAnswerAsAWrongPassword() throws Exception {
        TestSchools.School school = TestSchools.create(importer, encoder);
        jdbc.update("update person set active = false where email = ?", school.leader());

        signIn(school.leader(), TestSchools.PASSWORD).andExpect(unauthenticated())
                .andExpect(redirectedUrl("/login?error"));
    }

    @Test
    void theSessionIdChangesAtSignIn() throws Exception {
        TestSchools.School school = TestSchools.create(importer, encoder);
        MockHttpSession session = new MockHttpSession();
        String before = session.getId();

        MvcResult result = mvc.perform(post("/login").param("username", school.coach())
                .param("password", TestSchools.PASSWORD).with(csrf()).session(session))
                .andExpect(authenticated()).andReturn();

        assertThat(result.getRequest().getSession(false)).isNotNull();
        assertThat(result.getRequest().getSession(false).getId()).isNotEqualTo(before);
    }

    @Test
    void anIdleSessionEndsAfterThirtyMinutes() {
        assertThat(server.getServlet().getSession().getTimeout()).isEqualTo(Duration.ofMinutes(30));
    }

    @Test
    void aStrangerCannotLockAColleagueOutOfTheBrowserTheyUsedBefore() throws Exception {
        TestSchools.School school = TestSchools.create(importer, encoder);
        Cookie device = signIn(school.teacher(), TestSchools.PASSWORD).andExpect(authenticated()).andReturn()
                .getResponse().getCookie(KnownDevices.COOKIE);
        assertThat(device).isNotNull();
        for (int attempt = 1; attempt <= 6; attempt++) {
            signIn(school.teacher(), "verkeerd-wachtwoord").andExpect(unauthenticated());
        }

        signIn(school.teacher(), TestSchools.PASSWORD).andExpect(unauthenticated());
        mvc.perform(post("/login").param("username", school.teacher()).param("password", TestSchools.PASSWORD).with(csrf())
                .cookie(device)).andExpect(authenticated());
    }

    @Test
    void anotherPersonsDeviceCookieDoesNotOpenTheLock() throws Exception {
        TestSchools.School school = TestSchools.create(importer, encoder);
        Cookie coachDevice = signIn(school.coach(), TestSchools.PASSWORD).andReturn().getResponse()
                .getCookie(KnownDevices.COOKIE);
        for (int attempt = 1; attempt <= 5; attempt++) {
            signIn(school.teacher(), "verkeerd-wachtwoord").andExpect(unauthenticated());
        }

        mvc.perform(post("/login").param("username", school.teacher()).param("password", TestSchools.PASSWORD).with(csrf())
                .cookie(coachDevice)).andExpect(unauthenticated());
    }

    @Test
    void inventedNamesDoNotPileUpInTheDatabase() throws Exception {
        String first = "verzonnen@" + TestSchools.uniqueTag() + ".example";
        signIn(first, "verkeerd-wachtwoord").andExpect(unauthenticated());
        FixedTime.advance(context, LoginThrottle.FORGET_AFTER.plusHours(1));

        signIn("ander@" + TestSchools.uniqueTag() + ".example", "verkeerd-wachtwoord").andExpect(unauthenticated());

        assertThat(jdbc.queryForObject("select count(*) from login_throttle where email = ?", Integer.class, first))
                .isZero();
    }

    @Test
    void aNameTooLongToBeAnAccountIsRefusedAndNotStoredCutShort() throws Exception {
        String tag = TestSchools.uniqueTag();
        String tooLong = tag + "x".repeat(LoginThrottle.NAME_MAX) + "@example.org";

        signIn(tooLong, "verkeerd-wachtwoord").andExpect(unauthenticated());

        assertThat(jdbc.queryForObject("select count(*) from login_throttle where email like ?", Integer.class,
                tag + "%")).isZero();
    }

    @Test
    void thePublishedDemoPasswordOpensOnlyTheDemoSchool() throws Exception {
        TestSchools.School school = TestSchools.create(importer, encoder);
        jdbc.update("update person set password_hash = ? where email = ?", encoder.encode(DemoLogins.PASSWORD),
                school.teacher());

        signIn(school.teacher(), DemoLogins.PASSWORD).andExpect(unauthenticated());
        signIn(DemoLogins.TEACHER, DemoLogins.PASSWORD).andExpect(authenticated());
    }

    @Test
    void failedSignInsFromOneAddressAreCountedWhereAnotherNodeSeesThem() throws Exception {
        String address = "test-" + TestSchools.uniqueTag();
        for (int attempt = 1; attempt <= 20; attempt++) {
            signInFrom(address, "naam" + attempt + "@" + TestSchools.uniqueTag() + ".example", "verkeerd-wachtwoord")
                    .andExpect(unauthenticated());
        }

        // The test profile lifts the limit for this node; a node with the production limit reads the same rows.
        AddressThrottle otherNode = new AddressThrottle(jdbc, 20, AddressThrottle.MOST_ADDRESSES,
                context.getBean(java.time.Clock.class));
        assertThat(otherNode.isBlocked(address)).isTrue();
        assertThat(otherNode.isBlocked("test-" + TestSchools.uniqueTag())).isFalse();
    }

    private org.springframework.test.web.servlet.ResultActions signInFrom(String address, String email, String password)
            throws Exception {
        return mvc.perform(post("/login").param("username", email).param("password", password).with(csrf())
                .with(request -> {
                    request.setRemoteAddr(address);
                    return request;
                }));
    }

    private org.springframework.test.web.servlet.ResultActions signIn(String email, String password) throws Exception {
        return mvc.perform(formLogin("/login").user("username", email).password("password", password));
    }
}
