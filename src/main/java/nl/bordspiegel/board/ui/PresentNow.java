package nl.bordspiegel.board.ui;

import java.util.List;

import com.vaadin.flow.component.avatar.AvatarGroup;
import com.vaadin.flow.component.avatar.AvatarGroup.AvatarGroupItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;

import nl.bordspiegel.board.BoardPresence.Viewer;

/** Who else has this board open now: their avatars, and their names in words for whoever cannot see initials. */
class PresentNow extends HorizontalLayout {

    private final AvatarGroup avatars = new AvatarGroup();
    private final Span names = new Span();

    PresentNow() {
        setId("board-present");
        addClassName("board-present");
        setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        avatars.setMaxItemsVisible(5);
        names.addClassName("board-present-names");
        add(avatars, names);
        setVisible(false);
    }

    void show(List<Viewer> others) {
        avatars.setItems(others.stream().map(viewer -> new AvatarGroupItem(viewer.name())).toList());
        names.setText(others.isEmpty() ? ""
                : getTranslation("board.present", String.join(", ", others.stream().map(Viewer::name).toList())));
        setVisible(!others.isEmpty());
    }
}
