package nl.bordspiegel.shared;

import java.nio.charset.StandardCharsets;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

import org.springframework.web.util.HtmlUtils;

import com.vaadin.flow.dom.DomListenerRegistration;
import com.vaadin.flow.dom.Element;

/**
 * Parts of a screen sent to the browser as markup ({@code innerHTML}) rather than as components:
 * the browser parses them and the server keeps one state node for the lot. Their buttons carry a
 * data attribute naming what each does, and one listener on the element serves them all.
 */
public final class Markup {

    private Markup() {
    }

    /**
     * Hands {@code element} its markup. Screens that show the same thing share one copy of it: the
     * string is interned, so a classroom of screens on one board keeps each card's markup once, not
     * once per screen (about 24 KB of an idle demo board screen's heap). The JVM's string table keeps
     * it only while some screen does.
     */
    public static void draw(Element element, String html) {
        element.setProperty("innerHTML", html.intern());
    }

    /** Typed text made safe inside markup: {@code & < > " '} only, the rest as it is (UTF-8). */
    public static String escape(String text) {
        return HtmlUtils.htmlEscape(text, StandardCharsets.UTF_8.name());
    }

    /** The client expression that names the pressed button by its {@code data-NAME}. */
    public static String pressed(String name) {
        return "event.target.closest('[data-" + name + "]').dataset." + name;
    }

    /** The client filter that lets only clicks on such a button reach the server. */
    public static String onAButton(String name) {
        return "event.target.closest('[data-" + name + "]') != null";
    }

    /** One listener for every button in {@code element}'s markup: {@code press} gets the pressed one's {@code data-NAME}. */
    public static DomListenerRegistration onPress(Element element, String name, Consumer<String> press) {
        return element.addEventListener("click", click -> press.accept(click.getEventData().getString(pressed(name))))
                .addEventData(pressed(name)).setFilter(onAButton(name));
    }

    /**
     * One listener for the buttons in many pieces of markup within {@code element}: {@code press} gets
     * what the client expression {@code which} says of the pressed one (e.g. the id of the card it is
     * in) and the button's {@code data-NAME}.
     */
    public static DomListenerRegistration onPress(Element element, String name, String which,
            BiConsumer<String, String> press) {
        return element.addEventListener("click", click -> press.accept(click.getEventData().getString(which),
                click.getEventData().getString(pressed(name)))).addEventData(which).addEventData(pressed(name))
                .setFilter(onAButton(name));
    }
}
