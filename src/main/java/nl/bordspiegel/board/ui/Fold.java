package nl.bordspiegel.board.ui;

import java.util.function.Supplier;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;

/**
 * A part of the board folded away until someone opens it: a card's comments, a goal's
 * measurements, the older cards under a column. Its summary is one button of markup (a
 * {@code vaadin-details} was five state nodes, kept once per card per screen), and what it
 * folds away is made the first time it opens, so an idle board holds only what it shows.
 * The button says whether it is open ({@code aria-expanded}), like a details summary does.
 */
class Fold extends Div {

    /** The client expression that tells a click on the fold's button from one on what it unfolded. */
    private static final String ON_THE_TOGGLE = "event.target.closest('[data-fold]') != null";

    private final Div summary = new Div();
    private final Supplier<Component> content;
    private Component made;
    private Runnable onOpen = () -> { };
    private String summaryText;
    private boolean opened;

    Fold(String className, String summaryText, Supplier<Component> content) {
        this.content = content;
        addClassNames("fold", className);
        summary.addClassName("fold-summary");
        summary.getElement().addEventListener("click", click -> setOpened(!opened)).setFilter(ON_THE_TOGGLE);
        add(summary);
        setSummaryText(summaryText);
    }

    /** Runs every time the fold opens, by a hand or by the server (e.g. to read the comments as they are now). */
    void onOpen(Runnable action) {
        onOpen = action;
    }

    String getSummaryText() {
        return summaryText;
    }

    /** A new summary (a count that changed) is drawn anew; the fold stays open or shut. */
    void setSummaryText(String text) {
        summaryText = text;
        summary.getElement().setProperty("innerHTML", "<vaadin-button data-fold class=\"fold-toggle\" theme=\"tertiary\""
                + " aria-expanded=\"" + opened + "\"><vaadin-icon icon=\"vaadin:angle-right\" slot=\"prefix\""
                + " aria-hidden=\"true\"></vaadin-icon>" + CardButtons.escape(text) + "</vaadin-button>");
    }

    boolean isOpened() {
        return opened;
    }

    /** Opens or shuts the fold; what it holds is made on the first opening and kept, with what was typed in it. */
    void setOpened(boolean open) {
        opened = open;
        // Only the button's state changes in the browser: drawing the summary anew would take the keyboard focus off it.
        summary.getElement().executeJs("const toggle = this.querySelector('[data-fold]');"
                + " if (toggle) { toggle.setAttribute('aria-expanded', $0); }", String.valueOf(open));
        if (open && made == null) {
            made = content.get();
            add(made);
        }
        if (made != null) {
            made.setVisible(open);
        }
        if (open) {
            onOpen.run();
        }
    }

    /** What the fold holds once it has been opened. */
    java.util.Optional<Component> content() {
        return java.util.Optional.ofNullable(made);
    }
}
