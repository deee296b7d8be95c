package nl.bordspiegel.mirror.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;
import nl.bordspiegel.leadership.Pattern;
import nl.bordspiegel.mirror.LeaderToAnswer;
import nl.bordspiegel.mirror.MirrorService;
import nl.bordspiegel.shared.Role;

/** The teachers' two questions about the leaders of their teams; answers are only ever counted. */
@Route("spiegel/team-beeld")
@RolesAllowed({Role.Names.TEACHER, Role.Names.COACH})
class TeamImageView extends VerticalLayout implements HasDynamicTitle {

    TeamImageView(MirrorService mirror) {
        addClassName("team-image-view");
        add(new H1(getTranslation("teamImage.title")), new Paragraph(getTranslation("teamImage.intro")));
        var leaders = mirror.leadersIAnswerAbout();
        if (leaders.isEmpty()) {
            add(new Paragraph(getTranslation("teamImage.none")));
        }
        for (LeaderToAnswer leader : leaders) {
            Div form = new Div();
            form.addClassName("team-image-form");
            RadioButtonGroup<Pattern> recognised = patterns(getTranslation("teamImage.recognised"), leader.recognised());
            RadioButtonGroup<Pattern> wished = patterns(getTranslation("teamImage.wished"), leader.wished());
            Button save = new Button(getTranslation("teamImage.save"), click -> {
                if (recognised.isEmpty() || wished.isEmpty()) {
                    Notification.show(getTranslation("teamImage.bothNeeded"));
                    return;
                }
                mirror.answerAbout(leader.leaderId(), recognised.getValue(), wished.getValue());
                Notification.show(getTranslation("teamImage.saved"));
            });
            save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            form.add(new H2(leader.name()), recognised, wished, save);
            add(form);
        }
    }

    private RadioButtonGroup<Pattern> patterns(String label, Pattern value) {
        RadioButtonGroup<Pattern> group = new RadioButtonGroup<>(label);
        group.setItems(Pattern.values());
        group.setItemLabelGenerator(p -> getTranslation(p.messageKey()) + " (" + getTranslation("mirror.motto." + p.name())
                + ")");
        if (value != null) {
            group.setValue(value);
        }
        return group;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("teamImage.title") + " · " + getTranslation("app.name");
    }
}
