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

import com.github.mvysny.kaributesting.v10.HasValueUtilsKt;
import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;

import nl.bordspiegel.FixedTime;
import nl.bordspiegel.KaribuTest;
import nl.bordspiegel.TestSchools;
import nl.bordspiegel.session.AttendanceLine;
import nl.bordspiegel.session.SessionService;
import nl.bordspiegel.session.SessionState;
import nl.bordspiegel.shared.Vocabulary.AttendanceMark;

/** Closing asks first; after the close the room corrects attendance or undoes the close on the same screen. */
class SessionCorrectionViewTest extends KaribuTest {

    @Autowired
    SessionService sessions;

    TestSchools.School school;
    long team;

    @BeforeEach
    void teacherRunsASessionToItsLastStep() {
        school = TestSchools.create(context());
        team = context().getBean(JdbcTemplate.class).queryForObject("select id from team where name = ?", Long.class,
                school.teamName());
        loginAs(school.teacher());
        UI.getCurrent().navigate("bord/" + team + "/sessie");
        _click(_get(Button.class, spec -> spec.withId("session-start")));
        while (!_find(Button.class, spec -> spec.withId("session-next")).isEmpty()) {
            _click(_get(Button.class, spec -> spec.withId("session-next")));
        }
    }

    @Test
    void closingAsksFirstAndNotYetKeepsTheSessionRunning() {
        _click(_get(Button.class, spec -> spec.withId("session-close")));
        ConfirmDialog confirm = _get(ConfirmDialog.class);
        assertThat(ConfirmDialogKt.getText(confirm)).contains("Vandaag kun je dat nog verbeteren");

        ConfirmDialogKt._fireCancel(confirm);

        assertThat(sessions.running(team)).isPresent();
        assertThat(_find(VerticalLayout.class, spec -> spec.withId("session-summary"))).isEmpty();
    }

    @Test
    @SuppressWarnings("unchecked")
    void afterTheCloseAttendanceIsCorrectedOnTheSummary() {
        close();
        RadioButtonGroup<AttendanceMark> lia = _find(RadioButtonGroup.class).stream()
                .filter(group -> String.valueOf(group.getAriaLabel().orElse("")).startsWith("Lia Leider")).findFirst().orElseThrow();

        HasValueUtilsKt._setValue(lia, AttendanceMark.PRESENT);

        assertThat(sessionSummaryText()).contains("Lia Leider: Aanwezig");
        long session = sessions.recentlyLed(team, 1).get(0).id();
        assertThat(sessions.summary(session).attendance()).filteredOn(line -> line.name().equals("Lia Leider"))
                .extracting(AttendanceLine::mark).containsExactly(AttendanceMark.PRESENT);
    }

    @Test
    void theCloseIsUndoneAndTheSessionRunsAgain() {
        close();

        _click(_get(Button.class, spec -> spec.withId("session-reopen")));

        assertThat(sessions.running(team)).isPresent();
        assertThat(_find(Button.class, spec -> spec.withId("session-close"))).isNotEmpty();
    }

    @Test
    void theNextDayTheUndoIsRefusedOnThePanelNotByAnError() {
        close();
        long session = sessions.recentlyLed(team, 1).get(0).id();
        FixedTime.advance(context(), Duration.ofDays(1));

        _click(_get(Button.class, spec -> spec.withId("session-reopen")));

        assertThat(_get(Paragraph.class, spec -> spec.withId("session-correct-message")).getText())
                .isEqualTo("Deze sessie is niet meer te verbeteren: dat kan alleen op de dag zelf.");
        assertThat(sessions.running(team)).isEmpty();
        assertThat(sessions.summary(session).state()).isEqualTo(SessionState.CLOSED);
    }

    private static void close() {
        _click(_get(Button.class, spec -> spec.withId("session-close")));
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class));
    }

    private static String sessionSummaryText() {
        return textOf(_get(VerticalLayout.class, spec -> spec.withId("session-summary")));
    }
}
