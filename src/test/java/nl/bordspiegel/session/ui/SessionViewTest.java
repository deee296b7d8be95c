package nl.bordspiegel.session.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.github.mvysny.kaributesting.v10.ComboBoxKt;
import com.github.mvysny.kaributesting.v10.HasValueUtilsKt;
import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.shared.Registration;

import nl.bordspiegel.BoardTestSchool;
import nl.bordspiegel.FocusedByJs;
import nl.bordspiegel.KaribuTest;
import nl.bordspiegel.board.BoardPresence;
import nl.bordspiegel.board.BoardService;
import nl.bordspiegel.school.PersonSummary;
import nl.bordspiegel.session.SessionService;
import nl.bordspiegel.shared.Vocabulary.AttendanceMark;

class SessionViewTest extends KaribuTest {

    @Autowired
    BoardTestSchool school;

    @Autowired
    BoardService boards;

    @Autowired
    SessionService sessions;

    @Autowired
    BoardPresence presence;

    long teamA;

    @BeforeEach
    void tomOpensSessionMode() {
        teamA = school.team(BoardTestSchool.TEAM_A);
        loginAs(BoardTestSchool.TOM);
        sessions.running(teamA).ifPresent(running -> sessions.cancel(teamA, null, "opgeruimd door de test"));
        boards.addAction(teamA, school.person(BoardTestSchool.TINA), "Leesroosters ophangen",
                school.person(BoardTestSchool.TOM), null);
        UI.getCurrent().navigate("bord/" + teamA + "/sessie");
    }

    @Test
    void theSessionShowsWhoElseHasTheTeamOpen() {
        // Tina has the team's board open on her own screen; Tom opens the session.
        long tina = school.person(BoardTestSchool.TINA);
        Registration tinasScreen = presence.enter(teamA, new BoardPresence.Viewer(tina, "Tina Teuling"), () -> { });
        try {
            UI.getCurrent().navigate("bord/" + teamA);
            UI.getCurrent().navigate("bord/" + teamA + "/sessie");

            Component present = _get(Component.class, spec -> spec.withId("present-now"));
            assertThat(present.isVisible()).isTrue();
            assertThat(textOf(present)).contains("Tina Teuling").doesNotContain("Tom");
            assertThat(present.getElement().getProperty("innerHTML")).as("an avatar with the initials")
                    .containsOnlyOnce("<vaadin-avatar ");
            // One place: Tom in the session is present for Tina's board too.
            assertThat(presence.othersThan(teamA, tina)).containsExactly("Tom Terpstra");

            UI.getCurrent().navigate("bord/" + teamA + "/geschiedenis");
            assertThat(presence.othersThan(teamA, tina)).isEmpty();
        } finally {
            tinasScreen.remove();
        }
    }

    @Test
    void aLeaderTypedInFullWhileTheListWasStillOnItsWayIsRecorded() {
        _click(_get(Button.class, spec -> spec.withId("session-start")));
        @SuppressWarnings("unchecked")
        ComboBox<PersonSummary> leader = _get(ComboBox.class, spec -> spec.withId("session-running-leader"));

        // What the browser sends when Enter comes before the choices: the typed text.
        ComboBoxKt._fireCustomValueSet(leader, "lea leeuwen");

        assertThat(sessions.running(teamA).orElseThrow().ledById()).isEqualTo(school.person(BoardTestSchool.LEA));
    }

    @Test
    void aTypedLeaderWhoIsNobodyInTheTeamStartsNothingAndSaysSo() {
        @SuppressWarnings("unchecked")
        ComboBox<PersonSummary> leader = _get(ComboBox.class, spec -> spec.withId("session-leader"));

        ComboBoxKt._fireCustomValueSet(leader, "Lea");
        _click(_get(Button.class, spec -> spec.withId("session-start")));

        assertThat(sessions.running(teamA)).isEmpty();
        assertThat(leader.isInvalid()).isTrue();
        assertThat(leader.getErrorMessage()).isEqualTo("\"Lea\" staat niet in de lijst. Kies uit de lijst.");
    }

    @Test
    void teacherRunsASessionThroughItsStepsAndSeesTheSummary() {
        @SuppressWarnings("unchecked")
        ComboBox<PersonSummary> leader = _get(ComboBox.class, spec -> spec.withId("session-leader"));
        assertThat(leader.getValue().name()).isEqualTo("Tom Terpstra");
        HasValueUtilsKt._setValue(leader, leader.getListDataView().getItems()
                .filter(person -> person.name().equals("Lea Leeuwen")).findFirst().orElseThrow());
        _click(_get(Button.class, spec -> spec.withId("session-start")));

        assertThat(_get(Span.class, spec -> spec.withId("session-timer")).getText()).endsWith("/ 15:00");
        assertThat(_get(H2.class, spec -> spec.withId("session-step-title")).getText()).isEqualTo("Check-in");
        markAttendance("Tina Teuling", AttendanceMark.PARTIAL);

        next(); // successes
        next(); // goals
        next(); // open actions
        assertThat(_get(H2.class, spec -> spec.withId("session-step-title")).getText()).isEqualTo("Open acties");
        while (!_find(Button.class, spec -> spec.withId("review-done")).isEmpty()) {
            int open = boards.openActions(teamA).size();
            Button done = _get(Button.class, spec -> spec.withId("review-done"));
            // Other tests leave actions without an owner here; those can only be dropped.
            _click(done.isEnabled() ? done : _get(Button.class, spec -> spec.withId("review-drop")));
            assertThat(boards.openActions(teamA)).hasSize(open - 1);
        }
        next(); // new ideas and actions
        next(); // close
        assertThat(_find(Button.class, spec -> spec.withId("session-next"))).as("no next step after the last").isEmpty();
        _click(_get(Button.class, spec -> spec.withId("session-close")));
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class));

        VerticalLayout summary = _get(VerticalLayout.class, spec -> spec.withId("session-summary"));
        String text = textOf(summary);
        assertThat(text).contains("geleid door Lea Leeuwen", "Tom Terpstra: Aanwezig", "Tina Teuling: Deels",
                "Lea Leeuwen: Afwezig", "Actie besproken: Leesroosters ophangen");
        assertThat(sessions.running(teamA)).isEmpty();
    }

    @Test
    void afterReviewingOrSkippingAnActionTheStepHeadingHasTheKeyboardFocus() {
        boards.addAction(teamA, school.person(BoardTestSchool.TINA), "Leesmap bijwerken",
                school.person(BoardTestSchool.TOM), null);
        _click(_get(Button.class, spec -> spec.withId("session-start")));
        next(); // successes
        next(); // goals
        next(); // open actions
        try (FocusedByJs focus = FocusedByJs.record()) {
            _click(_get(Button.class, spec -> spec.withId("review-skip")));
            assertThat(focus.lastIs(_get(H2.class, spec -> spec.withId("session-step-title"))))
                    .as("focus after skipping").isTrue();

            Button done = _get(Button.class, spec -> spec.withId("review-done"));
            _click(done.isEnabled() ? done : _get(Button.class, spec -> spec.withId("review-drop")));
            assertThat(focus.lastIs(_get(H2.class, spec -> spec.withId("session-step-title"))))
                    .as("focus after reviewing").isTrue();
        }
    }

    @Test
    void sessionThatDoesNotTakePlaceIsCancelledWithAReason() {
        HasValueUtilsKt._setValue(_get(com.vaadin.flow.component.textfield.TextField.class,
                spec -> spec.withId("session-cancel-reason")), "Studiedag");
        _click(_get(Button.class, spec -> spec.withId("session-cancel")));

        assertThat(_get(VerticalLayout.class, spec -> spec.withId("session-summary")).getElement()
                .getTextRecursively()).contains("afgelast", "Studiedag");
    }

    @Test
    void anotherTeamsSessionIsRefused() {
        UI.getCurrent().navigate("bord/" + school.team(BoardTestSchool.TEAM_B) + "/sessie");

        assertThat(_get(H1.class).getText()).isEqualTo("Dit bord is niet voor jou");
    }

    private static void next() {
        _click(_get(Button.class, spec -> spec.withId("session-next")));
    }

    @SuppressWarnings("unchecked")
    private static void markAttendance(String name, AttendanceMark mark) {
        RadioButtonGroup<AttendanceMark> group = _find(RadioButtonGroup.class).stream()
                .filter(found -> found.getAriaLabel().orElse("").equals(name)).findFirst().orElseThrow();
        HasValueUtilsKt._setValue(group, mark);
    }
}
