package nl.bordspiegel.mirror.ui;

import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;
import nl.bordspiegel.leadership.Message;
import nl.bordspiegel.leadership.LeadershipProfile;
import nl.bordspiegel.leadership.Pattern;
import nl.bordspiegel.mirror.SharingService;
import nl.bordspiegel.mirror.Snapshot;
import nl.bordspiegel.shared.Role;

/** A coach reads the snapshots leaders shared with them, each as it was on the day of sharing. */
@Route("spiegel/gedeeld")
@RolesAllowed(Role.Names.COACH)
class SharedWithMeView extends VerticalLayout implements HasDynamicTitle {

    SharedWithMeView(SharingService sharing) {
        addClassName("shared-with-me-view");
        add(new H1(getTranslation("shared.title")), new Paragraph(getTranslation("shared.intro")));
        var snapshots = sharing.sharedWithMe();
        if (snapshots.isEmpty()) {
            add(new Paragraph(getTranslation("shared.none")));
        }
        DateTimeFormatter date = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(getLocale());
        for (Snapshot snapshot : snapshots) {
            Div card = new Div();
            card.addClassName("shared-snapshot");
            card.add(new H2(getTranslation("shared.from", snapshot.leaderName(), snapshot.sharedAt().format(date))),
                    new Paragraph(getTranslation("mirror.window.range", snapshot.windowFirst().format(date),
                            snapshot.windowAt().format(date))));
            if (snapshot.status() == LeadershipProfile.Status.OK) {
                card.add(new H3(label(snapshot.primary(), snapshot.mixedWith())));
                UnorderedList evidence = new UnorderedList();
                snapshot.evidence().forEach(e -> evidence.add(new ListItem(getTranslation(e.dimension().messageKey())
                        + ": " + text(e.sentence()))));
                card.add(evidence);
            } else {
                snapshot.missing().forEach(m -> card.add(new Paragraph(text(m))));
            }
            snapshot.journal().forEach(entry -> card.add(new Paragraph(entry.writtenOn().format(date) + " · "
                    + (entry.prompt() == null ? "" : entry.prompt() + " · ") + entry.text())));
            add(card);
        }
    }

    private String label(Pattern primary, Pattern mixedWith) {
        String name = getTranslation(primary.messageKey());
        return mixedWith == null ? name : getTranslation("leadership.mixed", name, getTranslation(mixedWith.messageKey()));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("shared.title") + " · " + getTranslation("app.name");
    }

    /** The inference names its texts; the screen renders them in the user's language. */
    private String text(Message message) {
        return getTranslation(message.key(), message.arguments().toArray());
    }
}
