package nl.bordspiegel.mirror.ui;

import java.util.ArrayList;
import java.util.List;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;
import nl.bordspiegel.leadership.Message;
import nl.bordspiegel.mirror.JournalService;
import nl.bordspiegel.mirror.MirrorPage;
import nl.bordspiegel.mirror.MirrorService;
import nl.bordspiegel.mirror.SharingService;
import nl.bordspiegel.mirror.WindowChoice;
import nl.bordspiegel.security.CurrentUser;
import nl.bordspiegel.shared.Role;
import nl.bordspiegel.timelog.TimeLog;

/**
 * The leader's mirror: one page, read top to bottom on a Friday afternoon. It composes one
 * panel per section, and turns what the panels fire into calls on the mirror's services.
 * It keeps only the computed {@link MirrorPage}; every number and rule comes from a service.
 */
@Route("spiegel")
@RolesAllowed(Role.Names.LEADER)
class MirrorView extends VerticalLayout implements HasDynamicTitle {

    /** How long "Ongedaan maken" stays on offer after a deletion. */
    static final int UNDO_MILLIS = 8000;
    private static final int THEMES = 3;

    private final MirrorService mirror;
    private final JournalService journal;
    private final SharingService sharing;
    private final TimeLog timeLog;
    private final long me;
    private final Div content = new Div();
    private final Select<WindowChoice> windowChoice = new Select<>();

    MirrorView(MirrorService mirror, JournalService journal, SharingService sharing, TimeLog timeLog,
               CurrentUser currentUser) {
        this.mirror = mirror;
        this.journal = journal;
        this.sharing = sharing;
        this.timeLog = timeLog;
        this.me = currentUser.require().personId();
        addClassName("mirror-view");
        windowChoice.setId("mirror-window");
        windowChoice.setLabel(getTranslation("mirror.window"));
        windowChoice.setItems(WindowChoice.values());
        windowChoice.setItemLabelGenerator(choice -> getTranslation(choice.messageKey()));
        windowChoice.setValue(WindowChoice.WEEKS_12);
        windowChoice.addValueChangeListener(change -> render());
        content.setWidthFull();
        add(new H1(getTranslation("mirror.title")), new Paragraph(getTranslation("mirror.intro")), windowChoice, content);
        render();
    }

    private void render() {
        MirrorPage page = mirror.open(me, windowChoice.getValue());
        content.removeAll();
        content.add(new PatternPanel(page));
        if (page.hasPattern()) {
            content.add(new EvidencePanel(page));
        }
        content.add(new TrendPanel(page), new PracticesPanel(page), timePanel(page), journalPanel(page),
                viewsPanel(page), sharingPanel(),
                new Paragraph(new Anchor("over-het-model", getTranslation("mirror.aboutLink"))));
    }

    private TimePanel timePanel(MirrorPage page) {
        TimePanel panel = new TimePanel(new TimePanel.Contents(timeLog.entries(me, page.window().first()),
                page.window().weeks(), timeLog.checkInDue(), timeLog.latestFeeling(me), timeLog.earliestDay(),
                page.window().at()));
        panel.addLogListener(event -> {
            if (event.submit(() -> timeLog.log(event.category(), event.minutes(), event.date()))) {
                Notification.show(getTranslation("mirror.time.logged", event.minutes(),
                        panel.categoryName(event.category())));
                render();
            }
        });
        panel.addChangeListener(event -> {
            if (event.submit(() -> timeLog.change(event.entryId(), event.category(), event.minutes(), event.date()))) {
                Notification.show(getTranslation("mirror.time.changed"));
                render();
            }
        });
        panel.addDeleteListener(event -> {
            var removed = timeLog.remove(event.entry().id());
            render();
            offerUndo("mirror.time.deleted", () -> {
                timeLog.log(removed.category(), removed.minutes(), removed.date());
                Notification.show(getTranslation("mirror.time.restored"));
            });
        });
        panel.addCheckInListener(event -> {
            timeLog.checkIn(event.feeling());
            render();
        });
        return panel;
    }

    private JournalPanel journalPanel(MirrorPage page) {
        List<String> questions = new ArrayList<>(page.prompts().stream().map(this::text).toList());
        for (int theme = 1; theme <= THEMES; theme++) {
            questions.add(getTranslation("mirror.theme." + theme));
        }
        JournalPanel panel = new JournalPanel(questions, journal.journal(me));
        panel.addWriteListener(event -> {
            if (event.submit(() -> journal.write(event.prompt(), event.text()))) {
                Notification.show(getTranslation("mirror.journal.saved"));
                render();
            }
        });
        panel.addRewriteListener(event -> {
            if (event.submit(() -> journal.rewrite(event.entryId(), event.text()))) {
                Notification.show(getTranslation("mirror.journal.rewritten"));
                render();
            }
        });
        panel.addDeleteListener(event -> {
            var deleted = journal.delete(event.entry().id());
            render();
            offerUndo("mirror.journal.deleted", () -> {
                journal.restore(deleted);
                Notification.show(getTranslation("mirror.journal.restored"));
            });
        });
        return panel;
    }

    private ViewsPanel viewsPanel(MirrorPage page) {
        ViewsPanel panel = new ViewsPanel(page, mirror.selfView(me), mirror.teamView(me));
        panel.addRecogniseListener(event -> mirror.recogniseMyself(event.pattern()));
        return panel;
    }

    private SharingPanel sharingPanel() {
        SharingPanel panel = new SharingPanel(sharing.coachesToShareWith(), journal.journal(me), sharing.myShares(me));
        panel.addShareListener(event -> {
            if (panel.submit(() -> sharing.share(event.coach().id(), event.entryIds()))) {
                Notification.show(getTranslation("mirror.sharing.shared", event.coach().name()));
                render();
            }
        });
        panel.addWithdrawListener(event -> {
            sharing.withdraw(event.snapshotId());
            render();
        });
        return panel;
    }

    /** A deletion is told in a notification that offers to undo it for a while. */
    private void offerUndo(String toldKey, Runnable undo) {
        Notification notification = new Notification();
        notification.setDuration(UNDO_MILLIS);
        Button button = new Button(getTranslation("mirror.undo"), click -> {
            notification.close();
            undo.run();
            render();
        });
        button.setId("mirror-undo");
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        HorizontalLayout layout = new HorizontalLayout(new Span(getTranslation(toldKey)), button);
        layout.setAlignItems(Alignment.CENTER);
        notification.add(layout);
        notification.open();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("mirror.title") + " · " + getTranslation("app.name");
    }

    private String text(Message message) {
        return getTranslation(message.key(), message.arguments().toArray());
    }
}
