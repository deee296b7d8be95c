package nl.bordspiegel.session.ui;

import java.util.List;
import java.util.Locale;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.shared.Registration;

import nl.bordspiegel.board.BoardTexts;
import nl.bordspiegel.school.PersonSummary;
import nl.bordspiegel.session.SessionLine;
import nl.bordspiegel.shared.TypedChoice;

/** Before the start: who led lately, who leads now, and the start button. Fires {@link StartEvent}. */
class StartPanel extends VerticalLayout {

    private final ComboBox<PersonSummary> leader;

    StartPanel(List<PersonSummary> mayLead, long signedInPersonId, List<SessionLine> recentlyLed) {
        setPadding(false);
        leader = new ComboBox<>(getTranslation("session.whoLeads"), mayLead);
        leader.setItemLabelGenerator(PersonSummary::name);
        TypedChoice.accepting(leader, getLocale());
        leader.setId("session-leader");
        mayLead.stream().filter(person -> person.id() == signedInPersonId).findFirst().ifPresent(leader::setValue);
        Button go = new Button(getTranslation("session.start"), VaadinIcon.PLAY.create(), click -> start());
        go.setId("session-start");
        go.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
        HorizontalLayout choose = new HorizontalLayout(leader, go);
        choose.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        add(new H2(getTranslation("session.startTitle")), rotation(recentlyLed), choose);
    }

    private void start() {
        if (TypedChoice.unresolved(leader)) {
            // Its message already says the typed name is nobody in the team.
            return;
        }
        if (leader.getValue() == null) {
            leader.setInvalid(true);
            leader.setErrorMessage(getTranslation("session.whoLeads.required"));
            return;
        }
        fireEvent(new StartEvent(this, leader.getValue()));
    }

    /** Who led the last sessions: the team sees whether leading rotates. */
    private Paragraph rotation(List<SessionLine> recent) {
        if (recent.isEmpty()) {
            return new Paragraph(getTranslation("session.rotation.none"));
        }
        Locale locale = getLocale();
        List<String> turns = recent.stream().map(line -> getTranslation("session.rotation.turn",
                line.ledByName() == null ? "–" : line.ledByName(), BoardTexts.day(locale, line.heldOn()))).toList();
        Paragraph rotation = new Paragraph(getTranslation("session.rotation", String.join(", ", turns)));
        rotation.setId("session-rotation");
        return rotation;
    }

    Registration addStartListener(ComponentEventListener<StartEvent> listener) {
        return addListener(StartEvent.class, listener);
    }

    static class StartEvent extends ComponentEvent<StartPanel> {
        private final PersonSummary leader;

        StartEvent(StartPanel source, PersonSummary leader) {
            super(source, false);
            this.leader = leader;
        }

        PersonSummary leader() {
            return leader;
        }
    }
}
