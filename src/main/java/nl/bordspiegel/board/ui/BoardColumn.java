package nl.bordspiegel.board.ui;

import java.util.List;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;

/** One column of the board: its title with a count, the row that adds a card, and the cards. */
class BoardColumn extends Div {

    private final String titleKey;
    private final Component addForm;

    BoardColumn(String name, String titleKey, Component addForm) {
        this.titleKey = titleKey;
        this.addForm = addForm;
        addClassNames("board-column", "board-column-" + name);
        setId("column-" + name);
        // A card that leaves the column (an adopted idea) hands the keyboard focus to its column.
        getElement().setAttribute("tabindex", "-1");
    }

    /** The add form is kept as a component: showing new cards must not clear what is typed in it. */
    void show(List<? extends Component> cards) {
        removeAll();
        add(new H2(getTranslation(titleKey) + " (" + cards.size() + ")"), addForm);
        cards.forEach(this::add);
    }
}
