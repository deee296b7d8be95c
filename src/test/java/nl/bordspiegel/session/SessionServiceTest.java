package nl.bordspiegel.session;

import static nl.bordspiegel.BoardTestSchool.BAS;
import static nl.bordspiegel.BoardTestSchool.COR;
import static nl.bordspiegel.BoardTestSchool.LEA;
import static nl.bordspiegel.BoardTestSchool.OTTO;
import static nl.bordspiegel.BoardTestSchool.TEAM_A;
import static nl.bordspiegel.BoardTestSchool.TEAM_B;
import static nl.bordspiegel.BoardTestSchool.TINA;
import static nl.bordspiegel.BoardTestSchool.TOM;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.ActiveProfiles;

import nl.bordspiegel.BoardTestSchool;
import nl.bordspiegel.board.ActionCard;
import nl.bordspiegel.board.ActionReview;
import nl.bordspiegel.board.BoardService;
import nl.bordspiegel.board.CardChangedException;
import nl.bordspiegel.shared.InvalidInputException;
import nl.bordspiegel.shared.Messages;
import nl.bordspiegel.shared.Vocabulary.AttendanceMark;
import nl.bordspiegel.shared.Vocabulary.IdeaStatus;
import nl.bordspiegel.FixedTime;
import org.springframework.context.ApplicationContext;

@SpringBootTest
@ActiveProfiles("test")
class SessionServiceTest {

    @Autowired
    private ApplicationContext context;

    @Autowired
    SessionService sessions;

    @Autowired
    BoardService boards;

    @Autowired
    BoardTestSchool school;

    long teamA;
    long teamB;

    @BeforeEach
    void noSessionRunning() {
        teamA = school.team(TEAM_A);
        teamB = school.team(TEAM_B);
        school.signIn(TINA);
        sessions.running(teamA).ifPresent(running -> sessions.cancel(teamA, null, "opgeruimd door de test"));
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void membersStartPresentLeadersAbsentUntilTheyOpenTheSession() {
        long session = sessions.start(teamA, school.person(LEA));

        assertThat(marks()).containsEntry("Tina Teuling", AttendanceMark.PRESENT)
                .containsEntry("Tom Terpstra", AttendanceMark.PRESENT).containsEntry("Lea Leeuwen", AttendanceMark.ABSENT)
                .doesNotContainKey("Cor Coenen");
        school.signIn(LEA);
        assertThat(sessions.start(teamA, school.person(TOM))).as("a second start joins").isEqualTo(session);
        assertThat(marks()).containsEntry("Lea Leeuwen", AttendanceMark.PRESENT);
        assertThat(sessions.running(teamA).orElseThrow().ledByName()).isEqualTo("Lea Leeuwen");
    }

    @Test
    void closedSessionRecordsWhoLedAttendanceAndWhatChanged() {
        long action = boards.addAction(teamA, school.person(TINA), "Rooster delen", school.person(TOM), null);
        long idea = boards.addIdea(teamA, school.person(TOM), "Samen nakijken");
        long goal = boards.addGoal(teamA, "Minder uitval", "lessen uitgevallen", 0.0, null, null);
        FixedTime.advance(context, java.time.Duration.ofMinutes(5));
        long session = sessions.start(teamA, school.person(TINA));
        sessions.changeLeader(session, school.person(COR));
        sessions.mark(session, school.person(LEA), AttendanceMark.PARTIAL, "Kwam later binnen");
        sessions.goToStep(session, 3);
        sessions.reviewAction(session, action, boards.action(action).version(), ActionReview.DONE, null);
        boards.decideIdea(idea, 0, IdeaStatus.ADOPTED);
        boards.addMeasurement(goal, null, 2);

        FixedTime.advance(context, java.time.Duration.ofMinutes(14));
        SessionSummary summary = sessions.close(session);

        assertThat(summary.state()).isEqualTo(SessionState.CLOSED);
        assertThat(summary.ledByName()).isEqualTo("Cor Coenen");
        assertThat(summary.heldOn()).isEqualTo(FixedTime.today(context));
        assertThat(summary.durationMinutes()).isEqualTo(14);
        assertThat(summary.attendance()).extracting(AttendanceLine::name, AttendanceLine::mark, AttendanceLine::reason)
                .contains(org.assertj.core.groups.Tuple.tuple("Lea Leeuwen", AttendanceMark.PARTIAL, "Kwam later binnen"),
                        org.assertj.core.groups.Tuple.tuple("Tom Terpstra", AttendanceMark.PRESENT, null));
        assertThat(summary.actionsReviewed()).isEqualTo(1);
        assertThat(summary.ideasAdopted()).isEqualTo(1);
        assertThat(summary.measurementsAdded()).isEqualTo(1);
        assertThat(sessions.summary(session).changes()).extracting("description").contains("Samen nakijken");
        assertThat(sessions.running(teamA)).isEmpty();
        assertThat(sessions.recentlyLed(teamA, 1)).extracting(SessionLine::ledByName).containsExactly("Cor Coenen");
    }

    @Test
    void openActionsCarryOverUntilDoneOrDropped() {
        long stays = boards.addAction(teamA, school.person(TINA), "Blijft staan", school.person(TOM), FixedTime.today(context));
        long postponed = boards.addAction(teamA, school.person(TINA), "Later", school.person(TOM), FixedTime.today(context));
        long dropped = boards.addAction(teamA, school.person(TINA), "Vervalt", null, null);
        long first = sessions.start(teamA, school.person(TINA));
        LocalDate newDate = FixedTime.today(context).plusWeeks(2);
        sessions.reviewAction(first, postponed, boards.action(postponed).version(), ActionReview.NEW_DATE, newDate);
        sessions.reviewAction(first, dropped, boards.action(dropped).version(), ActionReview.DROPPED, null);
        sessions.close(first);

        sessions.start(teamA, school.person(TINA));
        List<ActionCard> open = boards.openActions(teamA);

        assertThat(open).extracting(ActionCard::id).contains(stays, postponed).doesNotContain(dropped);
        assertThat(boards.action(postponed).dueOn()).isEqualTo(newDate);
    }

    @Test
    void reviewOnAStaleCardIsRefusedAndChangesNothing() {
        long action = boards.addAction(teamA, school.person(TINA), "Gedeeld scherm", school.person(TOM), null);
        long seen = boards.action(action).version();
        long session = sessions.start(teamA, school.person(TINA));
        boards.editAction(action, seen, "Door een ander gewijzigd", school.person(TOM), null);

        assertThatThrownBy(() -> sessions.reviewAction(session, action, seen, ActionReview.DROPPED, null))
                .isInstanceOf(CardChangedException.class);
        assertThat(boards.action(action).status().isOpen()).isTrue();
    }

    @Test
    void cancelledSessionAndWeeksWithoutRecordAreInTheHistory() {
        school.signIn(BAS);
        sessions.cancel(teamB, FixedTime.today(context).minusWeeks(3), "Studiedag");
        sessions.cancel(teamB, FixedTime.today(context), "Rapportvergadering");

        List<HistoryWeek> weeks = sessions.history(teamB, 0, 10);

        assertThat(sessions.historyWeeks(teamB)).isEqualTo(4);
        assertThat(weeks).hasSize(4);
        assertThat(weeks.get(0).sessions()).extracting(SessionLine::state, SessionLine::cancelReason)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(SessionState.CANCELLED, "Rapportvergadering"));
        assertThat(weeks.get(1).sessions()).extracting(SessionLine::state).containsExactly(SessionState.CLOSED);
        assertThat(weeks.get(2).withoutRecord()).isTrue();
        assertThat(weeks.get(3).sessions()).extracting(SessionLine::cancelReason).containsExactly("Studiedag");
        assertThat(sessions.history(teamB, 2, 1)).extracting(HistoryWeek::withoutRecord).containsExactly(true);
        assertThatThrownBy(() -> sessions.cancel(teamB, null, " ")).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void teacherOfTeamACannotRunOrReadTeamBsSessions() {
        assertThatThrownBy(() -> sessions.start(teamB, school.person(TINA))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> sessions.history(teamB, 0, 5)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> sessions.cancel(teamB, null, "Niet van mij"))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> sessions.historyCsv(teamB, Messages.DUTCH)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> sessions.start(teamA, school.person(BAS)))
                .as("someone of another team cannot lead").isInstanceOfSatisfying(InvalidInputException.class,
                        refused -> assertThat(refused.message(Messages.DUTCH)).contains("kan de sessie van dit team niet leiden"));

        school.signIn(OTTO);
        assertThatThrownBy(() -> sessions.running(teamA)).isInstanceOf(AccessDeniedException.class);
        assertThat(sessions.canOpen(teamA)).isFalse();
    }

    @Test
    void teamReordersAndRenamesItsAgenda() {
        List<AgendaItem> own = List.of(new AgendaItem(AgendaKind.SUCCESSES, "Tops", 3),
                new AgendaItem(AgendaKind.CHECK_IN, null, 1), new AgendaItem(AgendaKind.OPEN_ACTIONS, null, 6),
                new AgendaItem(AgendaKind.CLOSE, null, 2));
        assertThat(sessions.agenda(teamA)).isEqualTo(AgendaItem.DEFAULT);
        assertThat(AgendaItem.plannedMinutes(AgendaItem.DEFAULT)).isEqualTo(15);

        sessions.saveAgenda(teamA, own);
        try {
            assertThat(sessions.agenda(teamA)).isEqualTo(own);
            long session = sessions.start(teamA, school.person(TINA));
            assertThat(sessions.running(teamA).orElseThrow().plannedMinutes()).isEqualTo(12);
            assertThatThrownBy(() -> sessions.goToStep(session, 4)).isInstanceOf(IllegalArgumentException.class);
        } finally {
            sessions.saveAgenda(teamA, AgendaItem.DEFAULT);
        }
    }

    @Test
    void historyExportOpensInDutchExcel() {
        school.signIn(BAS);
        String csv = new String(sessions.historyCsv(teamB, Messages.DUTCH), StandardCharsets.UTF_8);

        assertThat(csv).startsWith("\uFEFFDatum;Status;Start;Duur (min);Geleid door;");
        assertThat(csv).contains(";Gehouden;").contains(";Bas Bakker;1;0;0;");
    }

    private java.util.Map<String, AttendanceMark> marks() {
        return sessions.running(teamA).orElseThrow().attendance().stream()
                .collect(java.util.stream.Collectors.toMap(AttendanceLine::name, AttendanceLine::mark));
    }
}
