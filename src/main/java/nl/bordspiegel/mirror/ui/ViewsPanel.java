package nl.bordspiegel.mirror.ui;

import java.util.Map;
import java.util.Optional;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.shared.Registration;

import nl.bordspiegel.leadership.LeadershipProfile;
import nl.bordspiegel.leadership.Pattern;
import nl.bordspiegel.mirror.MirrorPage;
import nl.bordspiegel.mirror.MirrorService;
import nl.bordspiegel.mirror.TeamView;

/** Section 8 of the mirror: how the leader sees herself, next to the inferred and the team's view. */
class ViewsPanel extends MirrorPanel {

    ViewsPanel(MirrorPage page, Optional<Pattern> selfView, TeamView team) {
        super("mirror-views", "mirror.views.title");
        RadioButtonGroup<Pattern> self = new RadioButtonGroup<>(getTranslation("mirror.views.self"));
        self.setId("mirror-self-view");
        self.setItems(Pattern.values());
        self.setItemLabelGenerator(this::patternName);
        selfView.ifPresent(self::setValue);
        self.addValueChangeListener(change -> {
            if (change.getValue() != null) {
                fireEvent(new RecogniseEvent(this, change.getValue()));
            }
        });
        LeadershipProfile profile = page.profile();
        Paragraph inferred = new Paragraph(getTranslation("mirror.views.inferred", page.hasPattern()
                ? patternLabel(profile.primary(), profile.mixedWith()) : getTranslation("mirror.journal.noPattern")));
        inferred.setId("mirror-inferred-view");
        add(self, inferred, teamView(team));
    }

    Registration addRecogniseListener(ComponentEventListener<RecogniseEvent> listener) {
        return addListener(RecogniseEvent.class, listener);
    }

    private Div teamView(TeamView view) {
        Div team = new Div();
        team.setId("mirror-team-view");
        if (!view.revealed()) {
            team.add(new Paragraph(getTranslation("mirror.views.teamHidden", view.answers(),
                    MirrorService.TEAM_VIEW_MINIMUM)));
            return team;
        }
        team.add(new Paragraph(getTranslation("mirror.views.team", view.answers())));
        team.add(new Paragraph(getTranslation("mirror.views.recognised") + " " + distribution(view.recognised())));
        team.add(new Paragraph(getTranslation("mirror.views.wished") + " " + distribution(view.wished())));
        return team;
    }

    private String distribution(Map<Pattern, Integer> counts) {
        StringBuilder text = new StringBuilder();
        for (Pattern pattern : Pattern.values()) {
            text.append(patternName(pattern)).append(' ').append(counts.getOrDefault(pattern, 0))
                    .append(pattern == Pattern.FACILITATOR ? "" : " · ");
        }
        return text.toString();
    }

    /** The leader recognises herself in a pattern. */
    static class RecogniseEvent extends ComponentEvent<ViewsPanel> {
        private final Pattern pattern;

        RecogniseEvent(ViewsPanel source, Pattern pattern) {
            super(source, false);
            this.pattern = pattern;
        }

        Pattern pattern() {
            return pattern;
        }
    }
}
