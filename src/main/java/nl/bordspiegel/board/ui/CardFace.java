package nl.bordspiegel.board.ui;

import static nl.bordspiegel.shared.Markup.escape;

import com.vaadin.flow.component.html.Div;

import nl.bordspiegel.shared.Markup;

/**
 * What a card says and offers as one piece of markup: its badge, its text, who wrote it and when,
 * an action's owner and due date, and its rows of buttons. The server keeps one state node for it,
 * where a component per line kept two (the element and its text): an idea or an action went from a
 * dozen or twenty nodes to two, and a classroom of screens keeps every card once per screen. The
 * parts keep their tags and class names, so the board's CSS and Lumo's badges style them as before;
 * whatever people typed is escaped.
 */
final class CardFace {

    private final StringBuilder parts = new StringBuilder();

    /** A Lumo badge ({@code theme} adds e.g. "error" or "contrast"). */
    CardFace badge(String text, String theme) {
        parts.append("<span theme=\"").append(escape(("badge " + theme).strip())).append("\">").append(escape(text))
                .append("</span>");
        return this;
    }

    /** The card's own words. */
    CardFace paragraph(String className, String text) {
        parts.append("<p class=\"").append(className).append("\">").append(escape(text)).append("</p>");
        return this;
    }

    /** A line of small print, e.g. who wrote the card and when. */
    CardFace line(String className, String text) {
        parts.append("<span class=\"").append(className).append("\">").append(escape(text)).append("</span>");
        return this;
    }

    /** Two short facts side by side, e.g. an action's owner and its due date. */
    CardFace pair(String firstClass, String first, String secondClass, String second) {
        parts.append("<div><span class=\"").append(firstClass).append("\">").append(escape(first))
                .append("</span><span> · </span><span class=\"").append(secondClass).append("\">")
                .append(escape(second)).append("</span></div>");
        return this;
    }

    /** A chart drawn on the server ({@link GoalChart}): markup of our own, with every label in it escaped there. */
    CardFace chart(String svg) {
        parts.append(svg);
        return this;
    }

    CardFace buttons(CardButtons buttons) {
        parts.append(buttons.markup());
        return this;
    }

    /** One element whose {@code innerHTML} the browser parses; the server neither parses nor keeps the parts apart. */
    Div html() {
        Div face = new Div();
        face.addClassName("card-face");
        Markup.draw(face.getElement(), markup());
        return face;
    }

    String markup() {
        return parts.toString();
    }
}
