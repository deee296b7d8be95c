package nl.bordspiegel.session.ui;

import java.util.Locale;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

import nl.bordspiegel.board.BoardChangeLine;
import nl.bordspiegel.board.BoardTexts;
import nl.bordspiegel.session.AttendanceLine;
import nl.bordspiegel.session.SessionState;
import nl.bordspiegel.session.SessionSummary;

/** The one-screen record of a session, shown after closing it and from the history. */
final class SessionSummaryPanel {

    @FunctionalInterface
    interface Texts {
        String get(String key, Object... arguments);
    }

    private SessionSummaryPanel() {
    }

    static VerticalLayout of(SessionSummary summary, Texts texts, Locale locale) {
        VerticalLayout panel = new VerticalLayout();
        panel.addClassName("session-summary");
        panel.setId("session-summary");
        panel.setPadding(false);
        String day = BoardTexts.day(locale, summary.heldOn()) + " " + summary.heldOn().getYear();
        if (summary.state() == SessionState.CANCELLED) {
            panel.add(new H2(texts.get("session.summary.cancelled", day)),
                    new Paragraph(texts.get("session.summary.reason", summary.cancelReason())));
            return panel;
        }
        panel.add(new H2(texts.get("session.summary.title", day)));
        Paragraph facts = new Paragraph(texts.get("session.summary.facts",
                summary.startedAt() == null ? "–" : summary.startedAt().toLocalTime().withSecond(0).withNano(0),
                summary.durationMinutes() == null ? "–" : summary.durationMinutes(),
                summary.ledByName() == null ? "–" : summary.ledByName()));
        facts.setId("session-summary-facts");
        panel.add(facts);
        panel.add(new Paragraph(texts.get("session.summary.counts", summary.actionsReviewed(),
                summary.ideasAdopted(), summary.measurementsAdded(), summary.cardsAdded())));
        panel.add(new H3(texts.get("session.attendance")));
        UnorderedList attendance = new UnorderedList();
        attendance.setId("session-summary-attendance");
        for (AttendanceLine line : summary.attendance()) {
            attendance.add(new ListItem(line.name() + ": " + texts.get("session.mark." + line.mark())
                    + (line.reason() == null ? "" : " (" + line.reason() + ")")));
        }
        panel.add(attendance);
        if (!summary.changes().isEmpty()) {
            panel.add(new H3(texts.get("session.summary.changes")));
            UnorderedList changes = new UnorderedList();
            for (BoardChangeLine change : summary.changes()) {
                changes.add(new ListItem(texts.get("session.change." + change.kind()) + ": "
                        + ChangeTexts.describe(change, texts, locale)));
            }
            panel.add(changes);
        }
        return panel;
    }
}
