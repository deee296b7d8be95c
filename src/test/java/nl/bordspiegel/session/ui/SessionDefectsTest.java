package nl.bordspiegel.session.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import com.github.mvysny.kaributesting.v10.HasValueUtilsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;

import nl.bordspiegel.FixedTime;
import nl.bordspiegel.KaribuTest;
import nl.bordspiegel.TestSchools;
import nl.bordspiegel.board.ActionCard;
import nl.bordspiegel.board.BoardService;
import nl.bordspiegel.school.PersonSummary;
import nl.bordspiegel.session.AgendaItem;
import nl.bordspiegel.session.SessionService;

/** The session's defects of issue 14, each as the room met it. */
class SessionDefectsTest extends KaribuTest {

    @Autowired
    SessionService sessions;

    @Autowired
    BoardService boards;

    TestSchools.School school;
    long team;
    long teacher;

    @BeforeEach
    void ownSchool() {
        school = TestSchools.create(context());
        team = context().getBean(JdbcTemplate.class).queryForObject("select id from team where name = ?", Long.class,
                school.teamName());
        teacher = loginAs(school.teacher()).personId();
    }

    @Test
    void theReviewWalksEachActionOnceInTheOrderTheSessionBeganWith() {
        LocalDate today = FixedTime.today(context());
        boards.addAction(team, teacher, "Eerste", teacher, LocalDate.of(today.getYear(), 12, 1));
        boards.addAction(team, teacher, "Tweede", teacher, LocalDate.of(today.getYear(), 12, 5));
        boards.addAction(team, teacher, "Derde", teacher, LocalDate.of(today.getYear(), 12, 10));
        startAndGoTo("Open acties");
        assertThat(reviewed()).isEqualTo("Eerste");

        HasValueUtilsKt._setValue(_get(DatePicker.class, spec -> spec.withId("review-new-date")),
                LocalDate.of(today.getYear(), 12, 20));
        _click(_get(Button.class, spec -> spec.withId("review-postpone")));

        assertThat(reviewed()).as("the second is next, not the third").isEqualTo("Tweede");
        _click(_get(Button.class, spec -> spec.withId("review-skip")));
        assertThat(reviewed()).isEqualTo("Derde");
        _click(_get(Button.class, spec -> spec.withId("review-skip")));
        assertThat(_find(H3.class, spec -> spec.withId("session-review-action"))).as("the first is not shown again")
                .isEmpty();
    }

    @Test
    void aDisabledDoneButtonSaysWhy() {
        boards.addAction(team, teacher, "Zonder eigenaar", null, null);
        startAndGoTo("Open acties");

        assertThat(_get(Button.class, spec -> spec.withId("review-done")).isEnabled()).isFalse();
        assertThat(_get(Span.class, spec -> spec.withId("review-done-why")).getText()).contains("eigenaar");
    }

    @Test
    void anOverLongAgendaStepIsRefusedOnItsFieldAndNotSaved() {
        UI.getCurrent().navigate("bord/" + team + "/sessie");
        IntegerField minutes = _find(IntegerField.class).get(0);

        HasValueUtilsKt._setValue(minutes, 99);
        _click(_get(Button.class, spec -> spec.withId("agenda-save")));

        assertThat(minutes.isInvalid()).isTrue();
        assertThat(minutes.getErrorMessage()).isEqualTo("Een stap duurt 0 tot 60 minuten.");
        assertThat(minutes.getValue()).as("what was typed stays").isEqualTo(99);
        assertThat(sessions.agenda(team)).isEqualTo(AgendaItem.DEFAULT);
    }

    @Test
    @SuppressWarnings("unchecked")
    void theNewItemsStepAddsAnActionWithOwnerAndDate() {
        LocalDate due = FixedTime.today(context()).plusWeeks(1);
        startAndGoTo("Nieuwe ideeën en acties");

        HasValueUtilsKt._setValue(_get(TextField.class, spec -> spec.withId("session-add-action")), "Rooster maken");
        ComboBox<PersonSummary> owner = _get(ComboBox.class, spec -> spec.withId("session-add-action-owner"));
        HasValueUtilsKt._setValue(owner, owner.getListDataView().getItems().filter(p -> p.id() == teacher)
                .findFirst().orElseThrow());
        HasValueUtilsKt._setValue(_get(DatePicker.class, spec -> spec.withId("session-add-action-due")), due);
        _click(_get(Button.class, spec -> spec.withId("session-add-action-button")));

        ActionCard added = boards.openActions(team).stream().filter(a -> a.title().equals("Rooster maken"))
                .findFirst().orElseThrow();
        assertThat(added.ownerId()).isEqualTo(teacher);
        assertThat(added.dueOn()).isEqualTo(due);
    }

    @Test
    void aTooLongSuccessOrAnEmptyActionInTheSessionIsRefusedOnItsFieldAndStaysTyped() {
        startAndGoTo("Successen");
        TextField success = _get(TextField.class, spec -> spec.withId("session-add-success"));
        String tooLong = "Goede start van de week. ".repeat(100);
        HasValueUtilsKt._setValue(success, tooLong);
        _click(_get(Button.class, spec -> spec.withId("session-add-success-button")));

        assertThat(success.isInvalid()).isTrue();
        assertThat(success.getErrorMessage()).isEqualTo("De tekst mag hoogstens 2.000 tekens hebben.");
        assertThat(success.getValue()).isEqualTo(tooLong);

        startAndGoTo("Nieuwe ideeën en acties");
        _click(_get(Button.class, spec -> spec.withId("session-add-action-button")));
        TextField action = _get(TextField.class, spec -> spec.withId("session-add-action"));
        assertThat(action.isInvalid()).isTrue();
        assertThat(action.getErrorMessage()).isEqualTo("De tekst is verplicht.");
        assertThat(boards.openActions(team)).isEmpty();
    }

    private void startAndGoTo(String step) {
        UI.getCurrent().navigate("bord/" + team + "/sessie");
        // A session already running (from an earlier step of the test) is joined, not started again.
        _find(Button.class, spec -> spec.withId("session-start")).forEach(start -> _click(start));
        while (!_get(H2.class, spec -> spec.withId("session-step-title")).getText().equals(step)) {
            _click(_get(Button.class, spec -> spec.withId("session-next")));
        }
    }

    private static String reviewed() {
        return _get(H3.class, spec -> spec.withId("session-review-action")).getText();
    }
}
