package nl.bordspiegel.shared;

import java.util.List;

import com.vaadin.flow.component.dependency.Uses;
import com.vaadin.flow.component.avatar.AvatarGroup;
import com.vaadin.flow.component.html.Div;

/**
 * Who else has this screen open now: their avatars, and their names in words for whoever cannot
 * see initials. Shared so the board and the session show presence the same way; it knows only
 * names, not where they come from. One piece of markup ({@code vaadin-avatar}s draw the
 * initials themselves): every screen of a classroom keeps it, and an avatar group kept three
 * state nodes and its items twice.
 */
// The avatar group is no longer used, but its bundle defines vaadin-avatar; keeping it keeps that in the bundle.
@Uses(AvatarGroup.class)
public class PresentNow extends Div {

    /** As many avatars as fit beside the board's name; the rest are counted, and named in words. */
    private static final int MAX_AVATARS = 5;

    public PresentNow() {
        setId("present-now");
        addClassName("present-now");
        setVisible(false);
    }

    /** @param others the names of everyone else present, in the order they came; empty hides it */
    public void show(List<String> others) {
        StringBuilder markup = new StringBuilder("<span class=\"present-now-avatars\" aria-hidden=\"true\">");
        others.stream().limit(MAX_AVATARS).forEach(name -> markup.append("<vaadin-avatar name=\"")
                .append(Markup.escape(name)).append("\" title=\"").append(Markup.escape(name)).append("\"></vaadin-avatar>"));
        if (others.size() > MAX_AVATARS) {
            markup.append("<vaadin-avatar abbr=\"+").append(others.size() - MAX_AVATARS).append("\"></vaadin-avatar>");
        }
        markup.append("</span><span class=\"present-now-names\">")
                .append(others.isEmpty() ? "" : Markup.escape(getTranslation("present.now", String.join(", ", others))))
                .append("</span>");
        Markup.draw(getElement(), markup.toString());
        setVisible(!others.isEmpty());
    }
}
