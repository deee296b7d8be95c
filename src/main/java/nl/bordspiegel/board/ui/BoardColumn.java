package nl.bordspiegel.board.ui;

import java.util.Comparator;
import java.util.List;
import java.util.function.Supplier;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.dom.Element;

import nl.bordspiegel.board.BoardCard;
import nl.bordspiegel.shared.Markup;

/**
 * One column of the board: its head (the title with a count and the button that opens the add
 * form), the add form once opened, and the cards in the column's order. A change puts, replaces
 * or removes one card; the others stay as they are.
 * <p>
 * The add form is made the first time its button is pressed ({@link Unfolding}) and then stays:
 * its fields are the heaviest components of a board, and most screens in a classroom only watch.
 * The one press that opens it also puts the cursor in its field, so adding a card still starts
 * with one tap.
 */
class BoardColumn extends Div {

    private final String titleKey;
    /** The title and the add button, side by side. */
    private final Div head = new Div();
    /**
     * The title with the count, an element of its own: a card that arrives changes only this text on
     * every screen, and the add button beside it keeps the keyboard focus.
     */
    private final Element title = new Element("h2");
    private final Unfolding adding;
    private Component addForm;
    private final Comparator<BoardCard> order;

    BoardColumn(String name, String titleKey, String openKey, Supplier<Component> makeAddForm,
            Comparator<BoardCard> order) {
        this.titleKey = titleKey;
        this.order = order;
        addClassNames("board-column", "board-column-" + name);
        setId("column-" + name);
        // A card that leaves the column (an adopted idea) hands the keyboard focus to its column.
        getElement().setAttribute("tabindex", "-1");
        head.addClassName("board-column-head");
        Element addButton = Unfolding.buttonElement("plus", getTranslation(openKey)).setAttribute("data-add", "")
                .setAttribute("id", "column-" + name + "-add").setAttribute("class", "board-button board-add-open");
        head.getElement().appendChild(title, addButton);
        // The add form is kept once made: showing new cards must not clear what is typed in it.
        adding = new Unfolding(head.getElement(), "[data-add]", makeAddForm,
                form -> addComponentAtIndex(1, this.addForm = form));
        adding.onOpen(() -> {
            // Once made, the form stays open: the button's state is kept for a page that syncs again.
            addButton.setAttribute("aria-expanded", "true");
            head.getElement().executeJs(
                    "const field = this.nextElementSibling && this.nextElementSibling.querySelector('vaadin-text-field');"
                            + " if (field) { field.focus(); }");
        });
        // The button always means "I want to add one": it opens the form, or puts the cursor back in it.
        Markup.onPress(head.getElement(), "add", add -> openAdd());
        add(head);
    }

    /** A column's order for one kind of card (the service's {@link nl.bordspiegel.board.BoardOrder}). */
    static <T extends BoardCard> Comparator<BoardCard> ordered(Class<T> type, Comparator<T> order) {
        return (one, other) -> order.compare(type.cast(one), type.cast(other));
    }

    /** Opens the add form (making it the first time) with the cursor in its field, as its button does. */
    void openAdd() {
        adding.setOpened(true);
    }

    void show(List<? extends BoardCardView<?>> cards) {
        cards().forEach(this::remove);
        int first = leading();
        for (int i = 0; i < cards.size(); i++) {
            addComponentAtIndex(first + i, cards.get(i));
        }
        count();
    }

    /** Something below the cards (the ideas parked long ago), which a change of cards leaves in place. */
    void below(Component footer) {
        add(footer);
    }

    /** Shows {@code card} where the column's order puts it, in place of {@code replaces} when that is shown. */
    void put(BoardCardView<?> card, BoardCardView<?> replaces) {
        if (replaces != null) {
            remove(replaces);
        }
        List<BoardCardView<?>> shown = cards();
        int index = 0;
        while (index < shown.size() && order.compare(shown.get(index).data(), card.data()) <= 0) {
            index++;
        }
        addComponentAtIndex(leading() + index, card);
        count();
    }

    void take(BoardCardView<?> card) {
        remove(card);
        count();
    }

    /** How many children stand above the cards: the head, and the add form once it is made. */
    private int leading() {
        return addForm == null ? 1 : 2;
    }

    private List<BoardCardView<?>> cards() {
        return getChildren().filter(BoardCardView.class::isInstance).<BoardCardView<?>>map(card -> (BoardCardView<?>) card)
                .toList();
    }

    private void count() {
        Markup.draw(title, Markup.escape(getTranslation(titleKey) + " (" + cards().size() + ")"));
    }
}
