package nl.bordspiegel.board.ui;

import java.util.function.Consumer;
import java.util.function.Supplier;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.dom.Element;

import nl.bordspiegel.shared.Markup;

/**
 * Opens and shuts a part of the board whose button is markup ({@link #toggle}): a fold's summary,
 * or the comments button at the foot of a card's face. What it unfolds is made the first time it
 * opens and kept, with what was typed in it, so an idle board holds only what it shows.
 */
final class Unfolding {

    private final Element host;
    private final String button;
    private final Supplier<Component> content;
    private final Consumer<Component> place;
    private Runnable onOpen = () -> { };
    private Component made;
    private boolean opened;

    /**
     * @param host    the element whose markup holds the button
     * @param button  a CSS selector for the button within it
     * @param content makes what unfolds
     * @param place   puts it where it shows
     */
    Unfolding(Element host, String button, Supplier<Component> content, Consumer<Component> place) {
        this.host = host;
        this.button = button;
        this.content = content;
        this.place = place;
    }

    /** The button's markup: a tertiary button with an arrow that turns, saying whether it is open. */
    static String toggle(String attributes, String label, boolean opened) {
        return button(attributes, "angle-right", label, opened);
    }

    /**
     * A tertiary button with an icon before its label, saying whether what it opens is open. The
     * theme draws the icon from {@code data-icon} ({@link CardButtons#icon}).
     */
    static String button(String attributes, String icon, String label, boolean opened) {
        return "<button type=\"button\" " + attributes + " data-theme=\"tertiary\" data-icon=\"" + icon
                + "\" aria-expanded=\"" + opened + "\">" + Markup.escape(label) + "</button>";
    }

    /**
     * The same button as an element of its own (closed), for a host whose other content changes on
     * its own ({@link BoardColumn}'s count): its label is markup, so it costs one state node.
     */
    static Element buttonElement(String icon, String label) {
        Element button = new Element("button").setAttribute("type", "button").setAttribute("data-theme", "tertiary")
                .setAttribute("data-icon", icon).setAttribute("aria-expanded", "false");
        Markup.draw(button, Markup.escape(label));
        return button;
    }

    /** Runs every time it opens, by a hand or by the server (e.g. to read the comments as they are now). */
    void onOpen(Runnable action) {
        onOpen = action;
    }

    /** Whether what it unfolds has been made (it was opened once). */
    boolean isMade() {
        return made != null;
    }

    boolean isOpened() {
        return opened;
    }

    void setOpened(boolean open) {
        opened = open;
        // Only the button's state changes in the browser: drawing the markup anew would take the keyboard focus off it.
        host.executeJs("const toggle = this.querySelector($0); if (toggle) { toggle.setAttribute('aria-expanded', $1); }",
                button, String.valueOf(open));
        if (open && made == null) {
            made = content.get();
            place.accept(made);
        }
        if (made != null) {
            made.setVisible(open);
        }
        if (open) {
            onOpen.run();
        }
    }
}
