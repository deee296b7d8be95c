package nl.bordspiegel.shared;

import java.util.List;

import com.vaadin.flow.component.avatar.AvatarGroup;
import com.vaadin.flow.component.avatar.AvatarGroup.AvatarGroupItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;

/**
 * Who else has this screen open now: their avatars, and their names in words for whoever cannot
 * see initials. Shared so the board and the session show presence the same way; it knows only
 * names, not where they come from.
 */
public class PresentNow extends HorizontalLayout {

    private final AvatarGroup avatars = new AvatarGroup();
    private final Span names = new Span();

    public PresentNow() {
        setId("present-now");
        addClassName("present-now");
        setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        avatars.setMaxItemsVisible(5);
        names.addClassName("present-now-names");
        add(avatars, names);
        setVisible(false);
    }

    /** @param others the names of everyone else present, in the order they came; empty hides it */
    public void show(List<String> others) {
        avatars.setItems(others.stream().map(AvatarGroupItem::new).toList());
        names.setText(others.isEmpty() ? "" : getTranslation("present.now", String.join(", ", others)));
        setVisible(!others.isEmpty());
    }
}
