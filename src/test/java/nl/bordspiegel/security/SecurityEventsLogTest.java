package nl.bordspiegel.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.BeforeEach;
import org.slf4j.LoggerFactory;
import org.springframework.boot.logging.logback.StructuredLogEncoder;
import org.springframework.core.env.Environment;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.OutputStreamAppender;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.event.AuthorizationDeniedEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import nl.bordspiegel.TestSchools;
import nl.bordspiegel.school.SchoolAdministration;

/**
 * Security events reach the log as structured lines (ECS JSON, through Spring Boot's own encoder,
 * as {@code LOGGING_STRUCTURED_FORMAT_CONSOLE=ecs} sets it up) with the event and its fields, so a
 * school's IT can search and alert on them: sign-in, failure, lockout, and a refused service
 * call, whether method security or the service's own check refused it.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class SecurityEventsLogTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String EVENTS = "nl.bordspiegel.security.events";

    @Autowired MockMvc mvc;
    @Autowired ApplicationContext context;
    @Autowired SchoolAdministration administration;
    @Autowired JdbcTemplate jdbc;

    @Autowired Environment environment;

    private final ByteArrayOutputStream written = new ByteArrayOutputStream();
    private OutputStreamAppender<ILoggingEvent> structured;
    private Level levelBefore;

    /**
     * The console appender Spring Boot makes for {@code LOGGING_STRUCTURED_FORMAT_CONSOLE=ecs},
     * on the security events' logger at INFO as in production. Built here because logging is set
     * up once per test JVM, by whichever test context starts first.
     */
    @BeforeEach
    void captureStructuredSecurityEvents() {
        LoggerContext logging = (LoggerContext) LoggerFactory.getILoggerFactory();
        logging.putObject(Environment.class.getName(), environment);
        StructuredLogEncoder ecs = new StructuredLogEncoder();
        ecs.setContext(logging);
        ecs.setFormat("ecs");
        ecs.start();
        structured = new OutputStreamAppender<>();
        structured.setContext(logging);
        structured.setEncoder(ecs);
        structured.setOutputStream(written);
        structured.start();
        Logger events = logging.getLogger(EVENTS);
        levelBefore = events.getLevel();
        events.setLevel(Level.INFO);
        events.addAppender(structured);
    }

    @AfterEach
    void stopCapturing() {
        Logger events = ((LoggerContext) LoggerFactory.getILoggerFactory()).getLogger(EVENTS);
        events.detachAppender(structured);
        events.setLevel(levelBefore);
        structured.stop();
        SecurityContextHolder.clearContext();
    }

    @Test
    void signInFailureAndLockoutAreStructuredEventsWithoutThePassword() throws Exception {
        TestSchools.School school = TestSchools.create(context);

        signIn(school.coach(), TestSchools.PASSWORD);
        for (int attempt = 1; attempt <= 5; attempt++) {
            signIn(school.teacher(), "verkeerd-wachtwoord");
        }

        assertThat(events("sign-in")).anySatisfy(line -> assertThat(line.path("address").asText()).isNotEmpty());
        assertThat(events("sign-in-refused")).filteredOn(line -> school.teacher().equals(line.path("login").asText()))
                .hasSize(5).allSatisfy(line -> assertThat(line.path("reason").asText()).isEqualTo("BadCredentialsException"));
        assertThat(events("lockout")).anySatisfy(line ->
                assertThat(line.path("login").asText()).isEqualTo(school.teacher()));
        assertThat(written.toString(StandardCharsets.UTF_8)).doesNotContain("verkeerd-wachtwoord", TestSchools.PASSWORD);
    }

    @Test
    void aServiceCallRefusedByRoleOrByTheServicesOwnCheckIsLoggedOnce() {
        TestSchools.School school = TestSchools.create(context);
        TestSchools.School other = TestSchools.create(context);
        long otherTeacher = jdbc.queryForObject("select id from person where email = ?", Long.class, other.teacher());

        SignedInUser teacher = TestSchools.signIn(context, school.teacher());
        assertThatThrownBy(() -> administration.people()).isInstanceOf(AccessDeniedException.class);
        SignedInUser admin = TestSchools.signIn(context, school.admin());
        // Passes @RolesAllowed; the service's own school check throws.
        assertThatThrownBy(() -> administration.deactivate(otherTeacher)).isInstanceOf(AccessDeniedException.class);

        List<JsonNode> refused = events("access-refused");
        assertThat(refused).anySatisfy(line -> {
            assertThat(line.path("person").asLong()).isEqualTo(teacher.personId());
            assertThat(line.path("target").asText()).isEqualTo("SchoolAdministration#people");
        });
        assertThat(refused).filteredOn(line -> line.path("person").asLong() == admin.personId()).singleElement()
                .satisfies(line -> {
                    assertThat(line.path("target").asText()).isEqualTo("SchoolAdministration#deactivate");
                    assertThat(line.path("reason").asText()).isEqualTo("service-check");
                });
    }

    @Test
    void aRequestRefusedBeforeSignInIsLoggedByItsMethodAndPathWithoutItsQuery() {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/beheer");
        request.setQueryString("token=geheim-token");

        refusedBeforeSignIn(request);

        assertThat(events("access-refused")).anySatisfy(line -> {
            assertThat(line.path("target").asText()).isEqualTo("GET /beheer");
            assertThat(line.path("reason").asText()).isEqualTo("not-authorised");
        });
        assertThat(written.toString(StandardCharsets.UTF_8)).doesNotContain("geheim-token");
    }

    @Test
    void theAppsServiceWorkerFetchingTheStartPageBeforeSignInIsNoRefusal() {
        // The installable app's worker caches the start page in the background, on the login page too.
        MockHttpServletRequest workerFetch = new MockHttpServletRequest("GET", "/");
        workerFetch.addHeader("Referer", "http://localhost:8080/sw.js");
        MockHttpServletRequest personOpensAPage = new MockHttpServletRequest("GET", "/beheer");

        refusedBeforeSignIn(workerFetch);
        refusedBeforeSignIn(personOpensAPage);

        assertThat(events("access-refused")).extracting(line -> line.path("target").asText())
                .contains("GET /beheer").doesNotContain("GET /");
    }

    /** What Spring Security's request authorisation publishes when it refuses someone not signed in. */
    private void refusedBeforeSignIn(MockHttpServletRequest request) {
        Authentication anonymous = new AnonymousAuthenticationToken("key", "anonymousUser",
                AuthorityUtils.createAuthorityList("ROLE_ANONYMOUS"));
        context.publishEvent(new AuthorizationDeniedEvent<>(() -> anonymous, request, new AuthorizationDecision(false)));
    }

    private void signIn(String email, String password) throws Exception {
        mvc.perform(formLogin("/login").user("username", email).password("password", password));
    }

    /** The JSON log lines of one security event. */
    private List<JsonNode> events(String event) {
        return written.toString(StandardCharsets.UTF_8).lines().map(SecurityEventsLogTest::parse)
                .filter(line -> EVENTS.equals(line.path("log").path("logger").asText()))
                .filter(line -> event.equals(line.path("event").asText()))
                .toList();
    }

    private static JsonNode parse(String line) {
        try {
            return JSON.readTree(line);
        } catch (Exception notJson) {
            return JSON.createObjectNode();
        }
    }
}
