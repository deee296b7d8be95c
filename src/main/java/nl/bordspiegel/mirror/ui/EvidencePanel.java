package nl.bordspiegel.mirror.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;

import nl.bordspiegel.leadership.DimensionResult;
import nl.bordspiegel.leadership.Pattern;
import nl.bordspiegel.mirror.MirrorPage;
import nl.bordspiegel.mirror.TeamSessions;

/** Section 2 of the mirror: the evidence per dimension, and the sessions it rests on. */
class EvidencePanel extends MirrorPanel {

    EvidencePanel(MirrorPage page) {
        super("mirror-evidence", "mirror.evidence.title");
        for (DimensionResult result : page.profile().dimensions()) {
            Div dimension = new Div();
            dimension.addClassName("mirror-dimension");
            dimension.add(new H3(getTranslation(result.dimension().messageKey())));
            if (result.hasEvidence()) {
                Span fit = new Span(fitText(result));
                fit.addClassName("mirror-fit");
                dimension.add(fit);
            } else {
                dimension.add(new Span(getTranslation("mirror.evidence.none")));
            }
            Paragraph sentence = new Paragraph(text(result.evidence()));
            sentence.addClassName("mirror-evidence-sentence");
            dimension.add(sentence);
            add(dimension);
        }
        add(new H3(getTranslation("mirror.evidence.sessions")));
        UnorderedList teams = new UnorderedList();
        for (TeamSessions team : page.teams()) {
            teams.add(new ListItem(new Anchor(team.historyRoute(), team.teamName()),
                    new Span(" " + getTranslation("mirror.evidence.teamCounts", team.held(), team.attended(), team.led()))));
        }
        add(teams);
    }

    private String fitText(DimensionResult result) {
        StringBuilder text = new StringBuilder(getTranslation("mirror.evidence.fit"));
        for (Pattern pattern : Pattern.values()) {
            text.append(' ').append(patternName(pattern)).append(' ').append(Math.round(result.fit(pattern) * 100))
                    .append(" %").append(pattern == Pattern.FACILITATOR ? "" : " ·");
        }
        return text.toString();
    }
}
