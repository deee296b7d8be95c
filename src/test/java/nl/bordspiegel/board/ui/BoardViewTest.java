package nl.bordspiegel.board.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.github.mvysny.kaributesting.v10.HasValueUtilsKt;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.textfield.NumberField;
import com.vaadin.flow.component.textfield.TextField;

import nl.bordspiegel.BoardTestSchool;
import nl.bordspiegel.KaribuTest;
import nl.bordspiegel.school.PersonSummary;

class BoardViewTest extends KaribuTest {

    @Autowired
    BoardTestSchool school;

    long teamA;

    @BeforeEach
    void openBoardAsTina() {
        teamA = school.team(BoardTestSchool.TEAM_A);
        loginAs(BoardTestSchool.TINA);
        UI.getCurrent().navigate("bord/" + teamA);
    }

    @Test
    void eachKindOfCardIsAddedWithOneFieldAndShowsItsAuthor() {
        add("add-success", "Iedereen op tijd binnen");
        add("add-idea", "Kringgesprek op maandag");
        add("add-action", "Kussens bestellen");
        add("add-goal-title", "Meer zelfstandig werken");
        add("add-question-text", "Wie heeft de sleutel van de leeshoek?");

        assertThat(text("column-successes")).contains("Iedereen op tijd binnen", "Tina Teuling");
        assertThat(text("column-ideas")).contains("Kringgesprek op maandag");
        assertThat(text("column-actions")).contains("Kussens bestellen");
        assertThat(text("column-goals")).contains("Meer zelfstandig werken");
        assertThat(text("column-questions")).contains("Wie heeft de sleutel van de leeshoek?", "Vraag");
        assertThat(_get(TextField.class, spec -> spec.withId("add-success")).getValue()).as("field cleared").isEmpty();
    }

    @Test
    void cardTypedForSomeoneElseShowsThemAsAuthor() {
        @SuppressWarnings("unchecked")
        ComboBox<PersonSummary> author = _get(ComboBox.class, spec -> spec.withId("board-author"));
        assertThat(author.getValue().name()).as("defaults to the signed-in person").isEqualTo("Tina Teuling");
        HasValueUtilsKt._setValue(author, author.getListDataView().getItems()
                .filter(person -> person.name().equals("Lea Leeuwen")).findFirst().orElseThrow());

        add("add-success", "Lea kwam kijken in groep 5");

        Component card = cardWith("column-successes", "Lea kwam kijken in groep 5");
        assertThat(card.getElement().getTextRecursively()).contains("Lea Leeuwen");
    }

    @Test
    void adoptingAnIdeaTurnsItIntoAnActionOnTheBoard() {
        add("add-idea", "Buddy voor nieuwe leerlingen");

        Component idea = cardWith("column-ideas", "Buddy voor nieuwe leerlingen");
        _click(_get(idea, Button.class, spec -> spec.withClasses("idea-adopt")));

        assertThat(text("column-ideas")).doesNotContain("Buddy voor nieuwe leerlingen");
        assertThat(text("column-actions")).contains("Buddy voor nieuwe leerlingen");
    }

    @Test
    void goalGetsAMeasurementAndItsChart() {
        HasValueUtilsKt._setValue(_get(NumberField.class, spec -> spec.withId("add-goal-target")), 80.0);
        add("add-goal-title", "Leesplezier omhoog");
        Component goal = cardWith("column-goals", "Leesplezier omhoog");

        HasValueUtilsKt._setValue(_get(goal, NumberField.class, spec -> spec.withClasses("goal-measurement")), 64.0);
        _click(_get(goal, Button.class, spec -> spec.withClasses("goal-measurement-add")));

        Component updated = cardWith("column-goals", "Leesplezier omhoog");
        assertThat(updated.getElement().getTextRecursively()).contains("64", "streefwaarde 80");
        assertThat(_find(updated, com.vaadin.flow.component.Svg.class)).hasSize(1);
    }

    @Test
    void actionStatusChangesInOneClick() {
        add("add-action", "Ouderavond voorbereiden");
        Component action = cardWith("column-actions", "Ouderavond voorbereiden");

        _click(_get(action, Button.class, spec -> spec.withClasses("status-in_progress")));

        Component updated = cardWith("column-actions", "Ouderavond voorbereiden");
        assertThat(updated.getClassNames()).contains("action-in_progress");
    }

    @Test
    void anotherTeamsBoardIsRefusedWithAClearMessage() {
        UI.getCurrent().navigate("bord/" + school.team(BoardTestSchool.TEAM_B));

        assertThat(_get(H1.class).getText()).isEqualTo("Dit bord is niet voor jou");
        assertThat(_find(Div.class, spec -> spec.withId("column-actions"))).isEmpty();
    }

    private static void add(String fieldId, String text) {
        HasValueUtilsKt._setValue(_get(TextField.class, spec -> spec.withId(fieldId)), text);
        _click(_get(Button.class, spec -> spec.withId(fieldId + "-button")));
    }

    private static String text(String columnId) {
        return _get(Div.class, spec -> spec.withId(columnId)).getElement().getTextRecursively();
    }

    private static Component cardWith(String columnId, String text) {
        Div column = _get(Div.class, spec -> spec.withId(columnId));
        return _find(column, Div.class, spec -> spec.withClasses("card")).stream()
                .filter(card -> card.getElement().getTextRecursively().contains(text)).findFirst().orElseThrow();
    }
}
