package nl.bordspiegel.session.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

import nl.bordspiegel.FixedTime;
import nl.bordspiegel.KaribuTest;
import nl.bordspiegel.TestSchools;
import nl.bordspiegel.board.BoardService;
import nl.bordspiegel.session.AttendanceLine;
import nl.bordspiegel.session.RunningSession;
import nl.bordspiegel.session.SessionService;
import nl.bordspiegel.shared.Vocabulary.ActionStatus;
import nl.bordspiegel.shared.Vocabulary.AttendanceMark;

/** The session as the room uses it: a calm timer, one button for full attendance, a summary in words. */
class SessionInTheRoomTest extends KaribuTest {

    @Autowired
    SessionService sessions;

    @Autowired
    BoardService boards;

    TestSchools.School school;
    long team;

    @BeforeEach
    void teacherStartsTheSession() {
        school = TestSchools.create(context());
        team = context().getBean(JdbcTemplate.class).queryForObject("select id from team where name = ?", Long.class,
                school.teamName());
        loginAs(school.teacher());
        UI.getCurrent().navigate("bord/" + team + "/sessie");
        _click(_get(Button.class, spec -> spec.withId("session-start")));
    }

    @Test
    void theTimerCountsInTheBrowserAndTheStepCountsDown() {
        assertThat(UI.getCurrent().getPollInterval()).as("no round trip every second").isLessThan(0);
        int firstStep = running().agenda().get(0).minutes();
        assertThat(countdown()).isEqualTo("Deze stap: nog %02d:00".formatted(firstStep));

        FixedTime.advance(context(), Duration.ofMinutes(firstStep + 1L));
        UI.getCurrent().navigate("bord/" + team);
        UI.getCurrent().navigate("bord/" + team + "/sessie");

        assertThat(countdown()).isEqualTo("Tijd voor deze stap is om (01:00 over)");
    }

    @Test
    void everyonePresentIsOneClickAfterWhichOnlyExceptionsNeedOne() {
        RunningSession session = running();
        session.attendance().forEach(line -> sessions.mark(session.id(), line.personId(), AttendanceMark.ABSENT, "ziek"));
        UI.getCurrent().navigate("bord/" + team);
        UI.getCurrent().navigate("bord/" + team + "/sessie");

        _click(_get(Button.class, spec -> spec.withId("session-everyone-present")));

        assertThat(running().attendance()).extracting(AttendanceLine::mark).containsOnly(AttendanceMark.PRESENT);
    }

    @Test
    void theSummaryShowsWordsAndDutchNumbersNotConstants() {
        var me = TestSchools.signIn(context(), school.teacher());
        long goal = boards.addGoal(team, "Leesniveau", "procent", 90.0, FixedTime.today(context()), null);
        boards.addMeasurement(goal, null, 83.0);
        boards.addMeasurement(goal, null, 84.5);
        long action = boards.addAction(team, me.personId(), "Leeshoek inrichten", me.personId(), null);
        boards.changeActionStatus(action, boards.openActions(team).stream().filter(a -> a.id() == action)
                .findFirst().orElseThrow().version(), ActionStatus.DONE);
        while (!_find(Button.class, spec -> spec.withId("session-next")).isEmpty()) {
            _click(_get(Button.class, spec -> spec.withId("session-next")));
        }
        _click(_get(Button.class, spec -> spec.withId("session-close")));
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class));

        String summary = _get(VerticalLayout.class, spec -> spec.withId("session-summary")).getElement()
                .getTextRecursively();
        assertThat(summary).contains("Meting: Leesniveau: 83", "Meting: Leesniveau: 84,5",
                "Status actie: Leeshoek inrichten: Klaar");
        assertThat(summary).doesNotContain("83.0", "DONE");
    }

    private RunningSession running() {
        return sessions.running(team).orElseThrow();
    }

    private static String countdown() {
        return _get(Span.class, spec -> spec.withId("session-step-countdown")).getText();
    }
}
