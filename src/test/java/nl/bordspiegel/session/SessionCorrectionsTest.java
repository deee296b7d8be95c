package nl.bordspiegel.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.ActiveProfiles;

import nl.bordspiegel.FixedTime;
import nl.bordspiegel.TestSchools;
import nl.bordspiegel.audit.AuditAction;
import nl.bordspiegel.audit.AuditLog;
import nl.bordspiegel.audit.AuditRecord;
import nl.bordspiegel.shared.InvalidInputException;
import nl.bordspiegel.shared.Vocabulary.AttendanceMark;

/** After the close: attendance and who led can be corrected, or the close undone, that day only; each is audited. */
@SpringBootTest
@ActiveProfiles("test")
class SessionCorrectionsTest {

    @Autowired
    ApplicationContext context;

    @Autowired
    SessionService sessions;

    @Autowired
    AuditLog audit;

    @Autowired
    JdbcTemplate jdbc;

    TestSchools.School school;
    long team;
    long teacher;
    long leader;
    long coach;

    @BeforeEach
    void teacherHeldASession() {
        school = TestSchools.create(context);
        team = jdbc.queryForObject("select id from team where name = ?", Long.class, school.teamName());
        leader = person(school.leader());
        coach = person(school.coach());
        teacher = TestSchools.signIn(context, school.teacher()).personId();
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void attendanceIsCorrectedAfterTheCloseAndTheCorrectionIsAudited() {
        long session = closedSession();

        sessions.correctAttendance(session, leader, AttendanceMark.PARTIAL, "kwam later");

        assertThat(marks(sessions.summary(session))).containsEntry("Lia Leider", AttendanceMark.PARTIAL);
        assertThat(sessions.summary(session).attendance()).filteredOn(line -> line.personId() == leader)
                .extracting(AttendanceLine::reason).containsExactly("kwam later");
        assertThat(auditOf(AuditAction.SESSION_CORRECTED)).anySatisfy(detail ->
                assertThat(detail).contains(school.teamName(), "Lia Leider: Deels"));
    }

    @Test
    void whoLedIsCorrectedAfterTheCloseAndAudited() {
        long session = closedSession();

        sessions.correctLeader(session, coach);

        assertThat(sessions.summary(session).ledByName()).isEqualTo("Cas Coach");
        assertThat(sessions.recentlyLed(team, 1)).extracting(SessionLine::ledByName).containsExactly("Cas Coach");
        assertThat(auditOf(AuditAction.SESSION_CORRECTED)).anySatisfy(detail ->
                assertThat(detail).contains("geleid door Cas Coach"));
    }

    @Test
    void theCloseIsUndoneTheSameDayAndTheSessionRunsAgain() {
        long session = closedSession();

        sessions.reopen(session);

        RunningSession running = sessions.running(team).orElseThrow();
        assertThat(running.id()).isEqualTo(session);
        assertThat(sessions.summary(session).state()).isEqualTo(SessionState.RUNNING);
        assertThat(auditOf(AuditAction.SESSION_REOPENED)).anySatisfy(detail ->
                assertThat(detail).contains(school.teamName()));
        assertThat(sessions.close(session).correctable()).as("closes again with a new record").isTrue();
    }

    @Test
    void theNextDayNothingCanBeCorrectedAnyMore() {
        long session = closedSession();
        FixedTime.advance(context, Duration.ofDays(1));

        assertThat(sessions.summary(session).correctable()).isFalse();
        assertThatThrownBy(() -> sessions.correctAttendance(session, leader, AttendanceMark.PRESENT, null))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("session.correct.tooLate");
        assertThatThrownBy(() -> sessions.correctLeader(session, coach)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("session.correct.tooLate");
        assertThatThrownBy(() -> sessions.reopen(session)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("session.correct.tooLate");
        assertThat(auditOf(AuditAction.SESSION_CORRECTED)).isEmpty();
    }

    @Test
    void theCloseIsNotUndoneWhileAnotherSessionOfTheTeamRuns() {
        long session = closedSession();
        sessions.start(team, teacher);

        assertThatThrownBy(() -> sessions.reopen(session)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("session.reopen.anotherRunning");
        assertThat(sessions.summary(session).state()).isEqualTo(SessionState.CLOSED);
    }

    @Test
    void aRunningSessionCannotBeCorrectedOnlyMarked() {
        long session = sessions.start(team, teacher);

        assertThatThrownBy(() -> sessions.correctAttendance(session, leader, AttendanceMark.PRESENT, null))
                .isInstanceOf(InvalidInputException.class);
    }

    @Test
    void theDatabaseHoldsOneRunningSessionPerTeam() {
        sessions.start(team, teacher);

        assertThatThrownBy(() -> jdbc.update("insert into board_session (team_id, held_on, state, running_team_id)"
                + " values (?, ?, 'RUNNING', ?)", team, FixedTime.today(context), team))
                .isInstanceOf(DataIntegrityViolationException.class);
        sessions.cancel(team, null, "studiedag");
        long next = sessions.start(team, teacher);
        assertThat(sessions.running(team).orElseThrow().id()).as("a cancelled session frees the team").isEqualTo(next);
    }

    @Test
    void joiningTwiceChangesNothingTheSecondTime() {
        long session = sessions.start(team, teacher);
        TestSchools.signIn(context, school.leader());
        sessions.join(session);
        int version = jdbc.queryForObject("select version from attendance where session_id = ? and person_id = ?",
                Integer.class, session, leader);
        int sessionVersion = jdbc.queryForObject("select version from board_session where id = ?", Integer.class,
                session);

        sessions.join(session);

        assertThat(jdbc.queryForObject("select version from attendance where session_id = ? and person_id = ?",
                Integer.class, session, leader)).isEqualTo(version);
        assertThat(jdbc.queryForObject("select version from board_session where id = ?", Integer.class, session))
                .as("marks never touch the session row").isEqualTo(sessionVersion);
        assertThat(marks(sessions.summary(session))).containsEntry("Lia Leider", AttendanceMark.PRESENT);
    }

    @Test
    void aTooLongReasonIsRefusedNotCutShort() {
        long session = sessions.start(team, teacher);
        String reason = "x".repeat(201);

        assertThatThrownBy(() -> sessions.mark(session, leader, AttendanceMark.ABSENT, reason))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> sessions.cancel(team, null, "y".repeat(501)))
                .isInstanceOf(InvalidInputException.class);
        sessions.mark(session, leader, AttendanceMark.ABSENT, "x".repeat(200));
        assertThat(sessions.summary(session).attendance()).filteredOn(line -> line.personId() == leader)
                .extracting(AttendanceLine::reason).containsExactly("x".repeat(200));
    }

    private long closedSession() {
        long session = sessions.start(team, teacher);
        sessions.close(session);
        return session;
    }

    private java.util.List<String> auditOf(AuditAction action) {
        TestSchools.signIn(context, school.admin());
        try {
            return audit.newestEntries().stream().filter(entry -> entry.action() == action)
                    .map(AuditRecord::detail).toList();
        } finally {
            TestSchools.signIn(context, school.teacher());
        }
    }

    private long person(String email) {
        return jdbc.queryForObject("select id from person where email = ?", Long.class, email);
    }

    private static Map<String, AttendanceMark> marks(SessionSummary summary) {
        return summary.attendance().stream().collect(Collectors.toMap(AttendanceLine::name, AttendanceLine::mark));
    }
}
