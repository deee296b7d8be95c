package nl.bordspiegel.board.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;

import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;

import com.github.mvysny.kaributesting.v10.HasValueUtilsKt;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.TextField;

import nl.bordspiegel.BoardTestSchool;
import nl.bordspiegel.KaribuTest;
import nl.bordspiegel.board.BoardService;
import nl.bordspiegel.school.PersonSummary;

/** Karibu tests of the board as Tina, a member of team A, sees it: her board open, and a teacher's ways of using it. */
abstract class OnTinasBoard extends KaribuTest {

    @Autowired
    BoardTestSchool school;

    @Autowired
    BoardService boards;

    long teamA;

    @BeforeEach
    void openBoardAsTina() {
        teamA = school.team(BoardTestSchool.TEAM_A);
        loginAs(BoardTestSchool.TINA);
        UI.getCurrent().navigate("bord/" + teamA);
        openAddForms();
    }

    /** Opens every column's add form, as a teacher's one tap on its button does: they are made on that tap. */
    static void openAddForms() {
        _find(BoardColumn.class).forEach(column -> column.openAdd());
    }

    /** Presses "Ik typ voor: …" in the header, which makes the author picker: the picker it made. */
    @SuppressWarnings("unchecked")
    static ComboBox<PersonSummary> openAuthorPicker() {
        pressMarkup(_get(Div.class, spec -> spec.withClasses("board-header-links")).getElement(), "author", "");
        return _get(ComboBox.class, spec -> spec.withId("board-author"));
    }

    /** Types {@code text} in the add field {@code fieldId} and presses its button. */
    static void add(String fieldId, String text) {
        HasValueUtilsKt._setValue(_get(TextField.class, spec -> spec.withId(fieldId)), text);
        _click(_get(Button.class, spec -> spec.withId(fieldId + "-button")));
    }

    /** The words a column shows, its cards' included. */
    static String text(String columnId) {
        return textOf(_get(Div.class, spec -> spec.withId(columnId)));
    }

    /** The card of column {@code columnId} that says {@code text}. */
    static Component cardWith(String columnId, String text) {
        Div column = _get(Div.class, spec -> spec.withId(columnId));
        return _find(column, Div.class, spec -> spec.withClasses("card")).stream()
                .filter(card -> textOf(card).contains(text)).findFirst().orElseThrow();
    }
}
