package nl.bordspiegel.board.ui;

import java.util.function.Supplier;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;

import nl.bordspiegel.shared.Markup;

/**
 * A part of the board folded away until someone opens it: the older cards under a column (a
 * card's own parts unfold from the foot of its face, {@link BoardCardView#unfolds}). Its summary
 * is one button of markup (a {@code vaadin-details} was five state nodes, kept once per screen),
 * and what it folds away is made the first time it opens ({@link Unfolding}). The button says
 * whether it is open ({@code aria-expanded}), as a details summary does.
 */
class Fold extends Div {

    /** The client expression that tells a click on the fold's button from one on what it unfolded. */
    private static final String ON_THE_TOGGLE = "event.target.closest('[data-fold]') != null";

    private final Div summary = new Div();
    private final Unfolding unfolding;
    private String summaryText;

    Fold(String className, String summaryText, Supplier<Component> content) {
        addClassNames("fold", className);
        summary.addClassName("fold-summary");
        unfolding = new Unfolding(summary.getElement(), "[data-fold]", content, this::add);
        summary.getElement().addEventListener("click", click -> setOpened(!isOpened())).setFilter(ON_THE_TOGGLE);
        add(summary);
        setSummaryText(summaryText);
    }

    String getSummaryText() {
        return summaryText;
    }

    /** A new summary (a count that changed) is drawn anew; the fold stays open or shut. */
    void setSummaryText(String text) {
        summaryText = text;
        Markup.draw(summary.getElement(), Unfolding.toggle("data-fold class=\"fold-toggle\"", text, unfolding.isOpened()));
    }

    boolean isOpened() {
        return unfolding.isOpened();
    }

    void setOpened(boolean open) {
        unfolding.setOpened(open);
    }
}
