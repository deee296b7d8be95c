package nl.bordspiegel.board.ui;

import java.util.ArrayList;
import java.util.List;

import com.vaadin.flow.component.ClickEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;

import nl.bordspiegel.shared.Markup;

/**
 * A row of a card's buttons as one piece of markup: native buttons with Lumo's look (focusable,
 * pressed with Enter or Space, 44 px like every board button), but one state node for the
 * row and no listener per button or card. The board's one click listener for all cards learns
 * which card (its element id) and which button (its {@code data-act}) was pressed
 * ({@link Markup#onPress}, {@link BoardView#PRESSED_CARD}). The browser parses the markup
 * (the row's {@code innerHTML}); an {@code Html} component would parse it on the server first,
 * for every card on every screen that shows it, and again on every screen a live change reaches.
 */
final class CardButtons {

    private final String className;
    private final List<String> buttons = new ArrayList<>();

    CardButtons(String className) {
        this.className = className;
    }

    /** A button with a word on it; {@code act} is also its class name, so tests and CSS find it. */
    CardButtons text(String act, String label, String theme, boolean enabled) {
        buttons.add(button(act, theme, enabled, null, null) + Markup.escape(label) + "</button>");
        return this;
    }

    /**
     * An icon button; its label is read aloud and shown on hover. The theme draws the icon from
     * {@code data-icon} (a mask over the button's {@code ::before}): a {@code vaadin-icon} was a
     * web component with its own shadow root and SVG, three per card, that every screen built for
     * every card it showed and for each one a live change brought.
     */
    CardButtons icon(String act, String icon, String label) {
        buttons.add(button(act, "tertiary icon", true, label, icon) + "</button>");
        return this;
    }

    Div html() {
        Div row = new Div();
        row.addClassNames("card-buttons", className);
        Markup.draw(row.getElement(), String.join("", buttons));
        return row;
    }

    /** The row as markup, to be part of a larger piece ({@link CardFace}). */
    String markup() {
        return "<div class=\"card-buttons " + className + "\">" + String.join("", buttons) + "</div>";
    }

    private static String button(String act, String theme, boolean enabled, String label, String icon) {
        String named = label == null ? ""
                : " aria-label=\"" + Markup.escape(label) + "\" title=\"" + Markup.escape(label) + "\"";
        return "<button type=\"button\" data-act=\"" + act + "\" class=\"board-button " + act + "\" data-theme=\""
                + theme + "\"" + named + (icon == null ? "" : " data-icon=\"" + icon + "\"")
                + (enabled ? "" : " disabled") + ">";
    }

    /**
     * A component button that shows only an icon, drawn as markup inside it: one state node, where
     * an icon component beside it kept two. The theme draws the icon from {@code data-icon}, as it does
     * for the markup buttons, so a goal card on every screen builds no {@code vaadin-icon}. Its label
     * is read aloud and shown on hover.
     */
    static Button iconButton(String icon, String label, ComponentEventListener<ClickEvent<Button>> click) {
        Button button = new Button();
        button.addClickListener(click);
        Markup.draw(button.getElement(), "<span class=\"board-icon\" data-icon=\"" + icon
                + "\" aria-hidden=\"true\"></span>");
        button.getElement().setAttribute("theme", "icon");
        button.setAriaLabel(label);
        button.getElement().setAttribute("title", label);
        return button;
    }
}
