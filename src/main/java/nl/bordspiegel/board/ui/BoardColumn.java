package nl.bordspiegel.board.ui;

import java.util.Comparator;
import java.util.List;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;

import nl.bordspiegel.board.BoardCard;
import nl.bordspiegel.shared.Markup;

/**
 * One column of the board: its title with a count, the row that adds a card, and the cards in
 * the column's order. A change puts, replaces or removes one card; the others stay as they are.
 */
class BoardColumn extends Div {

    private final String titleKey;
    private final H2 title = new H2();
    private final Comparator<BoardCard> order;

    BoardColumn(String name, String titleKey, Component addForm, Comparator<BoardCard> order) {
        this.titleKey = titleKey;
        this.order = order;
        addClassNames("board-column", "board-column-" + name);
        setId("column-" + name);
        // A card that leaves the column (an adopted idea) hands the keyboard focus to its column.
        getElement().setAttribute("tabindex", "-1");
        // The add form is kept as a component: showing new cards must not clear what is typed in it.
        add(title, addForm);
    }

    /** A column's order for one kind of card (the service's {@link nl.bordspiegel.board.BoardOrder}). */
    static <T extends BoardCard> Comparator<BoardCard> ordered(Class<T> type, Comparator<T> order) {
        return (one, other) -> order.compare(type.cast(one), type.cast(other));
    }

    void show(List<? extends BoardCardView<?>> cards) {
        cards().forEach(this::remove);
        for (int i = 0; i < cards.size(); i++) {
            addComponentAtIndex(2 + i, cards.get(i));
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
        addComponentAtIndex(index + 2, card);
        count();
    }

    void take(BoardCardView<?> card) {
        remove(card);
        count();
    }

    private List<BoardCardView<?>> cards() {
        return getChildren().filter(BoardCardView.class::isInstance).<BoardCardView<?>>map(card -> (BoardCardView<?>) card)
                .toList();
    }

    private void count() {
        // Words as markup: one state node, where a heading with a text kept two.
        title.getElement().setProperty("innerHTML",
                Markup.escape(getTranslation(titleKey) + " (" + cards().size() + ")"));
    }
}
