package nl.bordspiegel.board.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.github.mvysny.kaributesting.v10.ComboBoxKt;
import com.github.mvysny.kaributesting.v10.HasValueUtilsKt;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.textfield.NumberField;
import com.vaadin.flow.component.textfield.TextField;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import org.springframework.context.ApplicationContext;

import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.shared.Registration;

import nl.bordspiegel.BoardTestSchool;
import nl.bordspiegel.FixedTime;
import nl.bordspiegel.FocusedByJs;
import nl.bordspiegel.board.BoardPresence;
import nl.bordspiegel.board.GoalCard;
import nl.bordspiegel.board.GoalOutcome;
import nl.bordspiegel.school.PersonSummary;

class BoardViewTest extends OnTinasBoard {

    @Autowired
    ApplicationContext context;

    @Autowired
    BoardPresence presence;

    @Test
    void aRemarkIsChosenWithOneTapAndTheChoiceStaysForTheNextOne() {
        _get(QuestionAddForm.class).choose(nl.bordspiegel.shared.Vocabulary.CommentKind.COMMENT);
        add("add-question-text", "De gang is te druk om half negen");
        add("add-question-text", "Fijn dat de koffie er was");

        assertThat(textOf(cardWith("column-questions", "De gang is te druk"))).contains("Opmerking")
                .doesNotContain("Vraag");
        assertThat(textOf(cardWith("column-questions", "Fijn dat de koffie"))).contains("Opmerking");
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
    void aCardShowsWhatWasTypedAsTextNeverAsMarkup() {
        String typed = "<img src=x onerror=alert(1)> & 'co' \"samen\"";
        add("add-success", typed);

        Component card = cardWith("column-successes", typed);
        String face = _get(card, Div.class, spec -> spec.withClasses("card-face")).getElement().getProperty("innerHTML");
        assertThat(face).contains("&lt;img src=x onerror=alert(1)&gt; &amp;").doesNotContain("<img");
        assertThat(textOf(card)).contains(typed);
    }

    @Test
    void cardTypedForSomeoneElseShowsThemAsAuthor() {
        assertThat(_find(ComboBox.class)).as("no picker until the author's button is pressed").isEmpty();
        ComboBox<PersonSummary> author = openAuthorPicker();
        assertThat(author.getValue().name()).as("defaults to the signed-in person").isEqualTo("Tina Teuling");
        HasValueUtilsKt._setValue(author, author.getListDataView().getItems()
                .filter(person -> person.name().equals("Lea Leeuwen")).findFirst().orElseThrow());

        add("add-success", "Lea kwam kijken in groep 5");

        Component card = cardWith("column-successes", "Lea kwam kijken in groep 5");
        assertThat(textOf(card)).contains("Lea Leeuwen");
    }

    @Test
    void aCardIsNotAddedForTheEarlierAuthorWhileThePickerShowsANameOfNobodyAlsoAfterTheBoardWasRefreshed() {
        ComboBox<PersonSummary> author = openAuthorPicker();
        ComboBoxKt._fireCustomValueSet(author, "Piet");
        // A change to the whole board elsewhere refreshes it here, which gives the picker its list again.
        _get(BoardHeader.class).authors(boards.board(teamA).authors());

        add("add-success", "Voor wie is dit?");

        assertThat(text("column-successes")).doesNotContain("Voor wie is dit?");
        assertThat(author.isInvalid()).isTrue();
        assertThat(author.getErrorMessage()).isEqualTo("\"Piet\" staat niet in de lijst. Kies uit de lijst.");
        assertThat(_get(TextField.class, spec -> spec.withId("add-success")).getValue()).isEqualTo("Voor wie is dit?");
    }

    @Test
    void adoptingAnIdeaTurnsItIntoAnActionOnTheBoard() {
        add("add-idea", "Buddy voor nieuwe leerlingen");

        Component idea = cardWith("column-ideas", "Buddy voor nieuwe leerlingen");
        press(idea, "idea-adopt");

        assertThat(text("column-ideas")).doesNotContain("Buddy voor nieuwe leerlingen");
        assertThat(text("column-actions")).contains("Buddy voor nieuwe leerlingen");
    }

    @Test
    void goalGetsAMeasurementAndItsChart() {
        HasValueUtilsKt._setValue(_get(NumberField.class, spec -> spec.withId("add-goal-target")), 80.0);
        add("add-goal-title", "Leesplezier omhoog");
        Component goal = cardWith("column-goals", "Leesplezier omhoog");
        assertThat(_find(goal, NumberField.class)).as("the measurement field is made when its button is pressed").isEmpty();

        press(goal, "goal-measure");
        HasValueUtilsKt._setValue(_get(goal, NumberField.class, spec -> spec.withClasses("goal-measurement")), 64.0);
        _click(_get(goal, Button.class, spec -> spec.withClasses("goal-measurement-add")));

        Component updated = cardWith("column-goals", "Leesplezier omhoog");
        assertThat(textOf(updated)).contains("64", "streefwaarde 80");
        assertThat(chart(updated)).contains("<circle");
    }

    @Test
    void actionStatusChangesInOneClick() {
        add("add-action", "Ouderavond voorbereiden");
        Component action = cardWith("column-actions", "Ouderavond voorbereiden");

        press(action, "status-in_progress");

        Component updated = cardWith("column-actions", "Ouderavond voorbereiden");
        assertThat(updated.getClassNames()).contains("action-in_progress");
    }

    @Test
    void aChangedCardKeepsTheKeyboardFocusAndAnAdoptedIdeaHandsItToItsColumn() {
        add("add-action", "Schoolreis plannen");
        add("add-idea", "Leesmaatjes in groep 3");
        try (FocusedByJs focus = FocusedByJs.record()) {
            press(cardWith("column-actions", "Schoolreis plannen"), "status-in_progress");
            Component action = cardWith("column-actions", "Schoolreis plannen");
            assertThat(action.getElement().getAttribute("tabindex")).isEqualTo("-1");
            assertThat(focus.lastIs(action)).as("the rebuilt action card has the focus").isTrue();

            press(cardWith("column-ideas", "Leesmaatjes in groep 3"), "idea-adopt");
            Div ideas = _get(Div.class, spec -> spec.withId("column-ideas"));
            assertThat(ideas.getElement().getAttribute("tabindex")).isEqualTo("-1");
            assertThat(focus.lastIs(ideas)).as("the idea left; its column has the focus").isTrue();
        }
    }

    @Test
    void anotherTeamsBoardIsRefusedWithAClearMessage() {
        UI.getCurrent().navigate("bord/" + school.team(BoardTestSchool.TEAM_B));

        assertThat(_get(H1.class).getText()).isEqualTo("Dit bord is niet voor jou");
        assertThat(_find(Div.class, spec -> spec.withId("column-actions"))).isEmpty();
    }

    // ---- issue 14: corrections and the defects found by new users --------------------------

    @Test
    void aNewCommentStaysOpenAfterSending() {
        add("add-success", "Goede ouderavond");
        BoardCardView<?> comments = (BoardCardView<?>) cardWith("column-successes", "Goede ouderavond");
        comments.press("comments");

        HasValueUtilsKt._setValue(_get(comments, TextField.class, spec -> spec.withClasses("card-comment-field")),
                "Wie was er nog meer?");
        _click(_get(comments, Button.class, spec -> spec.withClasses("card-comment-add")));

        BoardCardView<?> after = (BoardCardView<?>) cardWith("column-successes", "Goede ouderavond");
        assertThat(after.commentsOpened()).as("still open after sending").isTrue();
        assertThat(textOf(after)).contains("Wie was er nog meer?");
    }

    @Test
    void anOldActionMarkedDoneStaysOnTheBoardForTheWeeksAfterItClosed() {
        add("add-action", "Oude actie uit september");
        FixedTime.advance(context, Duration.ofDays(7 * 7));
        UI.getCurrent().navigate("bord/" + teamA);

        press(cardWith("column-actions", "Oude actie uit september"), "status-dropped");

        assertThat(cardWith("column-actions", "Oude actie uit september").getClassNames()).contains("action-dropped");
    }

    @Test
    void aDisabledDoneButtonSaysWhyForAnActionWithoutOwner() {
        add("add-action", "Actie zonder eigenaar");
        Component action = cardWith("column-actions", "Actie zonder eigenaar");

        assertThat(buttons(action)).contains("data-act=\"status-done\"")
                .containsPattern("data-act=\"status-done\"[^>]*disabled");
        assertThat(textOf(action)).contains("Klaar kan pas als iemand eigenaar is");

        fireClick(action, "status-done");
        assertThat(cardWith("column-actions", "Actie zonder eigenaar").getClassNames()).as("a disabled button does nothing")
                .doesNotContain("action-done").contains("action-open");
    }

    @Test
    void closingAGoalSuggestsTheOutcomeAndAsksWhenTheChoiceContradictsTheLastMeasurement() {
        HasValueUtilsKt._setValue(_get(NumberField.class, spec -> spec.withId("add-goal-target")), 85.0);
        add("add-goal-title", "Dagelijks lezen");
        measure("Dagelijks lezen", 72.0);
        Component goal = cardWith("column-goals", "Dagelijks lezen");
        open(goal, "goal-close-out");
        @SuppressWarnings("unchecked")
        Select<GoalOutcome> outcome = _get(goal, Select.class, spec -> spec.withClasses("goal-outcome"));
        assertThat(outcome.getValue()).as("suggested from 72 against 85").isEqualTo(GoalOutcome.NOT_REACHED);

        HasValueUtilsKt._setValue(outcome, GoalOutcome.REACHED);
        _click(_get(goal, Button.class, spec -> spec.withClasses("goal-close")));

        ConfirmDialog question = _get(ConfirmDialog.class);
        assertThat(ConfirmDialogKt.getText(question)).contains("72", "85", "Gehaald");
        assertThat(cardWith("column-goals", "Dagelijks lezen").getClassNames()).as("not closed yet")
                .doesNotContain("goal-closed");
        ConfirmDialogKt._fireConfirm(question);
        assertThat(cardWith("column-goals", "Dagelijks lezen").getClassNames()).contains("goal-closed");
    }

    @Test
    void aMeasurementAbove100OnAPercentageIsStoredOnlyAfterConfirmation() {
        HasValueUtilsKt._setValue(_get(TextField.class, spec -> spec.withId("add-goal-measure")), "% op tijd");
        add("add-goal-title", "Op tijd beginnen");

        measure("Op tijd beginnen", 150.0);

        ConfirmDialog question = _get(ConfirmDialog.class);
        assertThat(ConfirmDialogKt.getText(question)).contains("150");
        assertThat(textOf(cardWith("column-goals", "Op tijd beginnen")))
                .contains("Nog geen metingen");
        ConfirmDialogKt._fireConfirm(question);
        assertThat(textOf(cardWith("column-goals", "Op tijd beginnen")))
                .contains("Laatste meting: 150");
    }

    @Test
    void aCardIsEditedDeletedAndBroughtBackWithOngedaanMaken() {
        add("add-idea", "Kringgesprek op maandg");
        press(cardWith("column-ideas", "maandg"), "card-edit");
        HasValueUtilsKt._setValue(_get(TextArea.class, spec -> spec.withId("edit-card-text")), "Kringgesprek op maandag");
        _click(_get(Button.class, spec -> spec.withId("edit-card-save")));
        assertThat(text("column-ideas")).contains("Kringgesprek op maandag");

        press(cardWith("column-ideas", "Kringgesprek op maandag"), "card-delete");
        assertThat(text("column-ideas")).doesNotContain("Kringgesprek op maandag");
        _click(_get(Button.class, spec -> spec.withClasses("board-undo")));

        assertThat(text("column-ideas")).contains("Kringgesprek op maandag");
    }

    @Test
    void parkingAnIdeaIsUndoneFromTheNotification() {
        add("add-idea", "Tuin opknappen");
        press(cardWith("column-ideas", "Tuin opknappen"), "idea-park");
        assertThat(textOf(cardWith("column-ideas", "Tuin opknappen"))).contains("Geparkeerd");

        _click(_get(Button.class, spec -> spec.withClasses("board-undo")));

        assertThat(textOf(cardWith("column-ideas", "Tuin opknappen")))
                .doesNotContain("Geparkeerd");
    }

    @Test
    void undoingAnAdoptionBringsTheIdeaBackAndTakesItsActionAwayLeavingTheOtherCards() {
        add("add-action", "Bestaande actie");
        add("add-idea", "Voorleeshoek");
        Component other = cardWith("column-actions", "Bestaande actie");
        press(cardWith("column-ideas", "Voorleeshoek"), "idea-adopt");
        assertThat(text("column-actions")).contains("Voorleeshoek");

        _click(_get(Button.class, spec -> spec.withClasses("board-undo")));

        assertThat(text("column-ideas")).contains("Voorleeshoek");
        assertThat(text("column-actions")).doesNotContain("Voorleeshoek");
        assertThat(cardWith("column-actions", "Bestaande actie")).as("not rebuilt").isSameAs(other);
    }

    @Test
    void aLongRunningGoalShowsItsLastTwelveMeasurementsSaysHowManyCameBeforeAndMendsTheRightOne() {
        LocalDate start = FixedTime.today(context).minusWeeks(19);
        long goal = boards.addGoal(teamA, "Twintig weken lezen", "minuten", null, start, start.plusWeeks(30));
        for (int week = 0; week < 20; week++) {
            boards.addMeasurement(goal, start.plusWeeks(week), week + 1);
        }
        UI.getCurrent().navigate("bord/" + teamA);
        Component card = cardWith("column-goals", "Twintig weken lezen");

        assertThat(chart(card).split("<circle", -1)).as("one point per shown measurement").hasSize(12 + 1);
        assertThat(textOf(card)).contains("Metingen (20)", "Laatste meting: 20");

        open(card, "goal-measurements");
        assertThat(_find(card, com.vaadin.flow.component.html.Span.class,
                spec -> spec.withClasses("goal-measurement-line"))).hasSize(12);
        assertThat(textOf(card))
                .contains("8 eerdere metingen staan niet op de kaart. Ze blijven bewaard en staan in de export van de school.");

        List<Button> bins = _find(card, Button.class, spec -> spec.withClasses("goal-measurement-delete"));
        _click(bins.get(0));

        Component after = cardWith("column-goals", "Twintig weken lezen");
        assertThat(textOf(after)).contains("Metingen (19)", "Laatste meting: 20");
        assertThat(boards.board(teamA).goals().stream().filter(g -> g.id() == goal).findFirst().orElseThrow()
                .measurements()).extracting(GoalCard.MeasurementPoint::value)
                .as("the ninth (9) is gone, the older eight stay").doesNotContain(9.0).startsWith(8.0);
    }

    @Test
    void aMeasurementIsCorrectedAndAClosedGoalReopened() {
        add("add-goal-title", "Rustige gang");
        measure("Rustige gang", 3.0);
        open(cardWith("column-goals", "Rustige gang"), "goal-measurements");
        _click(_get(cardWith("column-goals", "Rustige gang"), Button.class,
                spec -> spec.withClasses("goal-measurement-edit")));
        HasValueUtilsKt._setValue(_get(NumberField.class, spec -> spec.withId("edit-measurement-value")), 4.0);
        _click(_get(Button.class, spec -> spec.withId("edit-measurement-save")));
        assertThat(textOf(cardWith("column-goals", "Rustige gang")))
                .contains("Laatste meting: 4");

        Component goal = cardWith("column-goals", "Rustige gang");
        open(goal, "goal-close-out");
        @SuppressWarnings("unchecked")
        Select<GoalOutcome> outcome = _get(goal, Select.class, spec -> spec.withClasses("goal-outcome"));
        HasValueUtilsKt._setValue(outcome, GoalOutcome.STOPPED);
        _click(_get(goal, Button.class, spec -> spec.withClasses("goal-close")));
        press(cardWith("column-goals", "Rustige gang"), "goal-reopen");

        assertThat(cardWith("column-goals", "Rustige gang").getClassNames()).doesNotContain("goal-closed");
    }

    @Test
    void anUnchangedCardKeepsItsComponentWhenAnotherCardChanges() {
        add("add-success", "Eerste succes");
        add("add-success", "Tweede succes");
        Component first = cardWith("column-successes", "Eerste succes");
        Component second = cardWith("column-successes", "Tweede succes");

        ((BoardCardView<?>) second).press("comments");
        HasValueUtilsKt._setValue(_get(second, TextField.class, spec -> spec.withClasses("card-comment-field")), "Top");
        _click(_get(second, Button.class, spec -> spec.withClasses("card-comment-add")));

        assertThat(cardWith("column-successes", "Eerste succes")).isSameAs(first);
        assertThat(cardWith("column-successes", "Tweede succes")).as("a comment changes only its count and panel")
                .isSameAs(second);
        assertThat(textOf(second)).contains("Reacties (1)");
        assertThat(textOf(second)).contains("Top");
        assertThat(first.getId()).hasValueSatisfying(id -> assertThat(id).startsWith("card-success-"));
    }

    @Test
    void theBoardShowsWhoElseHasItOpen() {
        Registration tom = presence.enter(teamA, new BoardPresence.Viewer(school.person(BoardTestSchool.TOM),
                "Tom Tol"), () -> { });
        try {
            UI.getCurrent().navigate("bord/" + teamA);

            Component present = _get(Component.class, spec -> spec.withId("present-now"));
            assertThat(present.isVisible()).isTrue();
            assertThat(textOf(present)).contains("Tom Tol");
            assertThat(present.getElement().getProperty("innerHTML")).as("an avatar with the initials")
                    .containsOnlyOnce("<vaadin-avatar ");
        } finally {
            tom.remove();
        }
    }

    /** Presses one of a card's buttons, which are markup with one listener for all cards (see CardButtons). */
    static void press(Component card, String act) {
        assertThat(buttons(card)).as("the card shows the button").contains("data-act=\"" + act + "\"");
        fireClick(card, act);
    }

    /** A click on the card's button named {@code act}, as the browser reports it to the board's one listener for all cards. */
    static void fireClick(Component card, String act) {
        com.vaadin.flow.dom.Element columns = card.getElement();
        while (!columns.getClassList().contains("board-columns")) {
            columns = columns.getParent();
        }
        pressMarkup(columns, "act", act, java.util.Map.of(BoardView.PRESSED_CARD, card.getId().orElseThrow()));
    }

    static String buttons(Component card) {
        // The rows are markup, inside the card's face (CardFace) or on their own (a goal's tools).
        return _find(card, com.vaadin.flow.component.html.Div.class).stream()
                .map(part -> part.getElement().getProperty("innerHTML", "")).collect(java.util.stream.Collectors.joining());
    }

    /** The goal's chart: server-side SVG, part of the card's face. */
    private static String chart(Component goal) {
        String face = buttons(goal);
        assertThat(face).contains("<svg");
        return face.substring(face.indexOf("<svg"), face.indexOf("</svg>"));
    }

    /** Unfolds a part of the card with its button at the foot of the card's face. */
    private static void open(Component card, String act) {
        press(card, act);
    }

    private static void measure(String goalTitle, double value) {
        Component goal = cardWith("column-goals", goalTitle);
        press(goal, "goal-measure");
        HasValueUtilsKt._setValue(_get(goal, NumberField.class, spec -> spec.withClasses("goal-measurement")), value);
        _click(_get(goal, Button.class, spec -> spec.withClasses("goal-measurement-add")));
    }



}
