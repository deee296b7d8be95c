package nl.bordspiegel.mirror.ui;

import com.vaadin.flow.component.Svg;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;

import nl.bordspiegel.leadership.LeadershipInference;
import nl.bordspiegel.leadership.LeadershipProfile;
import nl.bordspiegel.mirror.MirrorPage;

/** Sections 1 and 3 of the mirror: the pattern with its share chart, or what is still missing. */
class PatternPanel extends MirrorPanel {

    PatternPanel(MirrorPage page) {
        super("mirror-pattern", "mirror.pattern.title");
        LeadershipProfile profile = page.profile();
        String window = getTranslation("mirror.window.range", date(page.window().first()), date(page.window().at()));
        if (!page.hasPattern()) {
            addClassName("mirror-insufficient");
            add(new Paragraph(getTranslation("mirror.insufficient.intro")));
            UnorderedList missing = new UnorderedList();
            profile.missing().forEach(m -> missing.add(new ListItem(text(m))));
            add(missing, new Paragraph(howToGetThere(page)), new Paragraph(window));
            return;
        }
        H3 name = new H3(patternLabel(profile.primary(), profile.mixedWith()));
        name.setId("mirror-pattern-name");
        Paragraph motto = new Paragraph(profile.mixedWith() == null
                ? getTranslation("mirror.motto." + profile.primary().name())
                : getTranslation("mirror.mixed.explain"));
        motto.addClassName("mirror-motto");
        Paragraph confidence = new Paragraph(getTranslation("mirror.confidence." + profile.confidence().name(),
                page.held()));
        confidence.setId("mirror-confidence");
        Svg chart = new Svg(Charts.shares(profile.roundedProfile(2), this::patternName));
        chart.setId("mirror-share-chart");
        add(name, motto, confidence, new Paragraph(window), chart,
                new Paragraph(getTranslation("mirror.pattern.noRanking")));
    }

    private String howToGetThere(MirrorPage page) {
        if (page.teams().isEmpty()) {
            return getTranslation("mirror.insufficient.noTeam");
        }
        int needed = Math.max(0, LeadershipInference.SESSIONS_NEEDED - page.held());
        int perWeek = page.teams().size();
        int weeks = (needed + perWeek - 1) / perWeek;
        return getTranslation("mirror.insufficient.howTo", needed, weeks);
    }
}
