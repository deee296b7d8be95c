package nl.bordspiegel.mirror.ui;

import java.util.List;
import java.util.Locale;

import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;

import nl.bordspiegel.mirror.MirrorPage;
import nl.bordspiegel.mirror.PracticeView;

/** Section 5 of the mirror: the eleven practices, by what the record shows of them. */
class PracticesPanel extends MirrorPanel {

    PracticesPanel(MirrorPage page) {
        super("mirror-practices", "mirror.practices.title");
        add(new Paragraph(getTranslation("mirror.practices.intro")));
        for (PracticeView.Seen seen : PracticeView.Seen.values()) {
            List<PracticeView> group = page.practices().stream().filter(p -> p.seen() == seen).toList();
            if (group.isEmpty()) {
                continue;
            }
            add(new H3(getTranslation("mirror.practices." + seen.name())));
            UnorderedList list = new UnorderedList();
            list.addClassName("mirror-practices-" + seen.name().toLowerCase(Locale.ROOT));
            for (PracticeView practice : group) {
                String text = getTranslation(practice.practice().nameKey()) + ": " + (seen == PracticeView.Seen.SHOWN
                        ? getTranslation(practice.practice().lineKey())
                        : getTranslation(practice.practice().questionKey()));
                list.add(new ListItem(text));
            }
            add(list);
        }
    }
}
