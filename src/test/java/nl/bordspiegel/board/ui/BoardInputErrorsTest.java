package nl.bordspiegel.board.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import com.github.mvysny.kaributesting.v10.ElementUtilsKt;
import com.github.mvysny.kaributesting.v10.HasValueUtilsKt;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.NumberField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.dom.DomEvent;

import elemental.json.Json;
import nl.bordspiegel.BoardTestSchool;
import nl.bordspiegel.board.GoalOutcome;
import nl.bordspiegel.board.IdeaCard;
import nl.bordspiegel.school.PersonSummary;
import nl.bordspiegel.shared.Vocabulary.ActionStatus;
import nl.bordspiegel.shared.Vocabulary.IdeaStatus;

/**
 * Issue 12, one path for bad input: the board's add forms, a card's comment field and a goal's
 * closing note show a refusal on the field it concerns, in Dutch, and keep what was typed until
 * a save; a card someone else decided meanwhile gets the calm conflict message, not an error.
 */
class BoardInputErrorsTest extends OnTinasBoard {

    @Test
    void aTooLongSuccessIsRefusedOnItsFieldAndTheTextStaysUntilItIsSaved() {
        String tooLong = "Iedereen op tijd binnen, ".repeat(100);

        add("add-success", tooLong);

        TextField field = field("add-success");
        assertThat(field.isInvalid()).isTrue();
        assertThat(field.getErrorMessage()).isEqualTo("De tekst mag hoogstens 2.000 tekens hebben.");
        assertThat(field.getValue()).as("what was typed stays").isEqualTo(tooLong);
        assertThat(text("column-successes")).doesNotContain("Iedereen op tijd binnen");

        add("add-success", "Iedereen op tijd binnen");
        assertThat(field.isInvalid()).as("the mark goes with the next try").isFalse();
        assertThat(field.getValue()).as("cleared after the save").isEmpty();
        assertThat(text("column-successes")).contains("Iedereen op tijd binnen");
    }

    @Test
    void anAuthorWhoLeftTheTeamIsRefusedOnTheAuthorPickerAndTheTextStays() {
        ComboBox<PersonSummary> author = openAuthorPicker();
        PersonSummary tom = author.getListDataView().getItems().filter(person -> person.name().startsWith("Tom"))
                .findFirst().orElseThrow();
        HasValueUtilsKt._setValue(author, tom);
        // Tom leaves the team while the board is open.
        context().getBean(org.springframework.jdbc.core.JdbcTemplate.class)
                .update("delete from team_member where team_id = ? and person_id = ?", teamA, tom.id());

        add("add-success", "Tom kwam kijken");

        assertThat(author.isInvalid()).isTrue();
        assertThat(author.getErrorMessage()).contains("hoort niet (meer) bij dit team");
        assertThat(field("add-success").getValue()).isEqualTo("Tom kwam kijken");
        assertThat(text("column-successes")).doesNotContain("Tom kwam kijken");
    }

    @Test
    void anEmptyIdeaOrActionIsRefusedOnItsOwnField() {
        add("add-idea", "   ");
        add("add-action", "");

        assertThat(field("add-idea").isInvalid()).isTrue();
        assertThat(field("add-idea").getErrorMessage()).isEqualTo("De tekst is verplicht.");
        assertThat(field("add-action").getErrorMessage()).isEqualTo("De tekst is verplicht.");
        assertThat(field("add-success").isInvalid()).as("only the form that was sent").isFalse();
    }

    @Test
    void aGoalWithoutATitleIsRefusedOnTheTitleAndKeepsItsMeasureAndTarget() {
        HasValueUtilsKt._setValue(field("add-goal-measure"), "% leerlingen dat dagelijks leest");
        HasValueUtilsKt._setValue(target(), 80.0);

        add("add-goal-title", " ");

        TextField title = field("add-goal-title");
        assertThat(title.isInvalid()).isTrue();
        assertThat(title.getErrorMessage()).isEqualTo("De titel is verplicht.");
        assertThat(field("add-goal-measure").getValue()).isEqualTo("% leerlingen dat dagelijks leest");
        assertThat(target().getValue()).isEqualTo(80.0);
    }

    @Test
    void aGoalWithATooLongMeasureIsRefusedOnTheMeasure() {
        HasValueUtilsKt._setValue(field("add-goal-measure"), "m".repeat(501));

        add("add-goal-title", "Meer lezen");

        assertThat(field("add-goal-measure").isInvalid()).isTrue();
        assertThat(field("add-goal-measure").getErrorMessage()).isEqualTo("De meetlat mag hoogstens 500 tekens hebben.");
        assertThat(field("add-goal-title").isInvalid()).isFalse();
        assertThat(field("add-goal-title").getValue()).isEqualTo("Meer lezen");
        assertThat(text("column-goals")).doesNotContain("Meer lezen");
    }

    @Test
    void aTargetThatIsNotANumberIsRefusedInsteadOfDropped() {
        typeUnreadable(target(), "80%");

        add("add-goal-title", "Leesplezier omhoog");

        assertThat(target().isInvalid()).isTrue();
        assertThat(target().getErrorMessage()).isEqualTo("Vul bij de streefwaarde een getal in, bijvoorbeeld 80.");
        assertThat(field("add-goal-title").getValue()).isEqualTo("Leesplezier omhoog");
        assertThat(text("column-goals")).as("no goal without its target").doesNotContain("Leesplezier omhoog");
    }

    @Test
    void aTooLongQuestionIsRefusedOnItsField() {
        add("add-question-text", "Wie heeft de sleutel? ".repeat(100));

        assertThat(field("add-question-text").isInvalid()).isTrue();
        assertThat(field("add-question-text").getErrorMessage()).isEqualTo("De tekst mag hoogstens 2.000 tekens hebben.");
        assertThat(field("add-question-text").getValue()).startsWith("Wie heeft de sleutel?");
    }

    @Test
    void anIdeaDecidedOnAnotherScreenMeanwhileGetsTheCalmConflictMessage() {
        add("add-idea", "Leesmaatjes in groep 3");
        Component shown = cardWith("column-ideas", "Leesmaatjes in groep 3");
        IdeaCard idea = boards.board(teamA).ideas().stream()
                .filter(card -> card.text().equals("Leesmaatjes in groep 3")).findFirst().orElseThrow();
        boards.decideIdea(idea.id(), idea.version(), IdeaStatus.DROPPED);
        NotificationsKt.clearNotifications();

        BoardViewTest.press(shown, "idea-adopt");

        assertThat(NotificationsKt.getNotifications()).extracting(BoardInputErrorsTest::textOf)
                .containsExactly("Iemand anders heeft deze kaart net gewijzigd. Het bord is bijgewerkt: "
                        + "kijk of je keuze nog past.");
        assertThat(text("column-ideas")).as("the board shows the drop").doesNotContain("Leesmaatjes in groep 3");
        assertThat(text("column-actions")).as("not adopted after all").doesNotContain("Leesmaatjes in groep 3");
    }

    @Test
    void undoingAParkThatSomeoneElseFollowedWithAnAdoptionGetsTheCalmConflictMessageAndTheActionStays() {
        add("add-idea", "Voorleeskwartier");
        BoardViewTest.press(cardWith("column-ideas", "Voorleeskwartier"), "idea-park");
        IdeaCard parked = boards.board(teamA).ideas().stream()
                .filter(card -> card.text().equals("Voorleeskwartier")).findFirst().orElseThrow();
        boards.decideIdea(parked.id(), parked.version(), IdeaStatus.ADOPTED);

        _click(_get(Button.class, spec -> spec.withClasses("board-undo")));

        assertThat(NotificationsKt.getNotifications()).extracting(BoardInputErrorsTest::textOf)
                .contains("Iemand anders heeft deze kaart net gewijzigd. Het bord is bijgewerkt: "
                        + "kijk of je keuze nog past.");
        assertThat(boards.board(teamA).actions()).as("their adoption stays")
                .anyMatch(card -> card.title().equals("Voorleeskwartier"));
        assertThat(text("column-actions")).contains("Voorleeskwartier");
        assertThat(text("column-ideas")).doesNotContain("Voorleeskwartier");
    }

    @Test
    void anIdeaDeletedOnAnotherScreenIsSaidToBeGone() {
        add("add-idea", "Tuin opknappen");
        Component shown = cardWith("column-ideas", "Tuin opknappen");
        IdeaCard idea = boards.board(teamA).ideas().stream()
                .filter(card -> card.text().equals("Tuin opknappen")).findFirst().orElseThrow();
        boards.deleteCard(nl.bordspiegel.board.CardKind.IDEA, idea.id(), idea.version());
        NotificationsKt.clearNotifications();

        BoardViewTest.press(shown, "idea-park");

        assertThat(NotificationsKt.getNotifications()).extracting(BoardInputErrorsTest::textOf)
                .containsExactly("Deze kaart is er niet meer of is al afgesloten. Het bord is bijgewerkt.");
        assertThat(text("column-ideas")).doesNotContain("Tuin opknappen");
    }

    @Test
    void aGoalEditRefusedOnItsMeasureOrTargetKeepsTheDialogOpenWithTheReasonOnThatField() {
        add("add-goal-title", "Rustig de klas in");
        BoardViewTest.press(cardWith("column-goals", "Rustig de klas in"), "card-edit");
        TextField measure = _get(TextField.class, spec -> spec.withId("edit-goal-measure"));
        NumberField target = _get(NumberField.class, spec -> spec.withId("edit-goal-target"));

        HasValueUtilsKt._setValue(measure, "m".repeat(501));
        _click(_get(Button.class, spec -> spec.withId("edit-goal-save")));
        assertThat(measure.getErrorMessage()).isEqualTo("De meetlat mag hoogstens 500 tekens hebben.");
        assertThat(measure.isInvalid()).isTrue();

        HasValueUtilsKt._setValue(measure, "minuten tot iedereen zit");
        typeUnreadable(target, "vijf");
        _click(_get(Button.class, spec -> spec.withId("edit-goal-save")));
        assertThat(measure.isInvalid()).isFalse();
        assertThat(target.isInvalid()).isTrue();
        assertThat(target.getErrorMessage()).isEqualTo("Vul bij de streefwaarde een getal in, bijvoorbeeld 80.");
        assertThat(_find(GoalEditDialog.class)).as("still open, nothing lost").hasSize(1);

        HasValueUtilsKt._setValue(target, 5.0);
        DatePicker end = _get(DatePicker.class, spec -> spec.withId("edit-goal-end"));
        typeUnreadable(end, "eind januari");
        _click(_get(Button.class, spec -> spec.withId("edit-goal-save")));
        assertThat(end.isInvalid()).isTrue();
        assertThat(end.getErrorMessage()).isEqualTo("Schrijf de datum als dag-maand-jaar, bijvoorbeeld 14-01-2027.");
        assertThat(_find(GoalEditDialog.class)).as("the period is not opened up silently").hasSize(1);
        assertThat(textOf(cardWith("column-goals", "Rustig de klas in")))
                .doesNotContain("minuten tot iedereen zit");
    }

    @Test
    void aDoneActionKeepsItsOwnerAndTheDialogSaysSoOnTheOwnerField() {
        long action = boards.addAction(teamA, school.person(BoardTestSchool.TINA), "Boekenkast ophangen",
                school.person(BoardTestSchool.TOM), null);
        boards.changeActionStatus(action, 0, ActionStatus.DONE);
        UI.getCurrent().navigate("bord/" + teamA);
        BoardViewTest.press(cardWith("column-actions", "Boekenkast ophangen"), "action-edit");
        @SuppressWarnings("unchecked")
        ComboBox<PersonSummary> owner = _get(ComboBox.class, spec -> spec.withId("edit-action-owner"));

        HasValueUtilsKt._setValue(owner, null);
        _click(_get(Button.class, spec -> spec.withId("edit-action-save")));

        assertThat(owner.isInvalid()).isTrue();
        assertThat(owner.getErrorMessage()).startsWith("Een actie die klaar is, houdt haar eigenaar.");
        assertThat(_get(TextField.class, spec -> spec.withId("edit-action-title")).isInvalid()).isFalse();
        assertThat(boards.action(action).ownerName()).isEqualTo("Tom Terpstra");
    }

    @Test
    void aTooLongCommentOnACardIsRefusedOnItsFieldAndTheTextStays() {
        add("add-success", "Goede studiedag");
        BoardCardView<?> comments = (BoardCardView<?>) cardWith("column-successes", "Goede studiedag");
        comments.press("comments");
        TextField field = _get(comments, TextField.class, spec -> spec.withClasses("card-comment-field"));
        String tooLong = "Wie neemt de koffie mee, ".repeat(100);
        NotificationsKt.clearNotifications();

        HasValueUtilsKt._setValue(field, tooLong);
        _click(_get(comments, Button.class, spec -> spec.withClasses("card-comment-add")));

        assertThat(field.isInvalid()).isTrue();
        assertThat(field.getErrorMessage()).isEqualTo("De tekst mag hoogstens 2.000 tekens hebben.");
        assertThat(field.getValue()).as("what was typed stays").isEqualTo(tooLong);
        assertThat(NotificationsKt.getNotifications()).as("on the field, not in a notification").isEmpty();

        HasValueUtilsKt._setValue(field, "Wie neemt de koffie mee?");
        _click(_get(comments, Button.class, spec -> spec.withClasses("card-comment-add")));
        assertThat(textOf(cardWith("column-successes", "Goede studiedag")))
                .contains("Wie neemt de koffie mee?");
    }

    @Test
    void aTooLongClosingNoteOnAGoalIsRefusedOnItsFieldAndTheGoalStaysOpen() {
        add("add-goal-title", "Rustig naar binnen");
        Component goal = cardWith("column-goals", "Rustig naar binnen");
        BoardViewTest.press(goal, "goal-close-out");
        @SuppressWarnings("unchecked")
        Select<GoalOutcome> outcome = _get(goal, Select.class, spec -> spec.withClasses("goal-outcome"));
        TextField why = _get(goal, TextField.class, spec -> spec.withClasses("goal-why"));
        String tooLong = "Het lukte niet elke dag. ".repeat(30);
        NotificationsKt.clearNotifications();

        HasValueUtilsKt._setValue(outcome, GoalOutcome.STOPPED);
        HasValueUtilsKt._setValue(why, tooLong);
        _click(_get(goal, Button.class, spec -> spec.withClasses("goal-close")));

        assertThat(why.isInvalid()).isTrue();
        assertThat(why.getErrorMessage()).isEqualTo("De tekst mag hoogstens 500 tekens hebben.");
        assertThat(why.getValue()).as("what was typed stays").isEqualTo(tooLong);
        assertThat(NotificationsKt.getNotifications()).as("on the field, not in a notification").isEmpty();
        assertThat(cardWith("column-goals", "Rustig naar binnen").getClassNames()).doesNotContain("goal-closed");
    }

    /** What the browser sends for text a number field cannot read: no value, and the text it holds. */
    private static void typeUnreadable(com.vaadin.flow.component.Component field, String text) {
        field.getElement().setProperty("_inputElementValue", text);
        ElementUtilsKt._fireDomEvent(field.getElement(),
                new DomEvent(field.getElement(), "unparsable-change", Json.createObject()));
    }

    private static String textOf(Notification notification) {
        return notification.getElement().getProperty("text");
    }

    private static NumberField target() {
        return _get(NumberField.class, spec -> spec.withId("add-goal-target"));
    }

    private static TextField field(String id) {
        return _get(TextField.class, spec -> spec.withId(id));
    }



}
