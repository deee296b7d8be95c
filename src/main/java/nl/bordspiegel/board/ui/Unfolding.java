package nl.bordspiegel.board.ui;

import java.util.function.Supplier;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.details.Details;

/**
 * A folded part of a card (a goal's measurements, its close-out form) whose components are
 * made the first time it unfolds: most stay folded, and an idle board should hold only what
 * it shows.
 */
class Unfolding extends Details {

    Unfolding(String summary, Supplier<Component> content) {
        super(summary);
        addOpenedChangeListener(opened -> {
            if (opened.isOpened() && getContent().findAny().isEmpty()) {
                add(content.get());
            }
        });
    }
}
