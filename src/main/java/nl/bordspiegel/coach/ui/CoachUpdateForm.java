package nl.bordspiegel.coach.ui;

import java.util.List;
import java.util.Set;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.shared.Registration;

import nl.bordspiegel.shared.InputErrors;
import nl.bordspiegel.school.PersonSummary;
import nl.bordspiegel.school.TeamSummary;
import nl.bordspiegel.shared.TypedChoice;

/**
 * Writing a coach update: to whom, about which team (optional), and the text. Fires a
 * {@link SendEvent} and knows no service; a refused update shows the reason at the field
 * concerned and keeps everything typed.
 */
class CoachUpdateForm extends FormLayout {

    static final int MAX_TEXT = 2000;

    final MultiSelectComboBox<PersonSummary> leaders = new MultiSelectComboBox<>();
    final ComboBox<TeamSummary> team = new ComboBox<>();
    final TextArea text = new TextArea();
    final Button send = new Button();

    CoachUpdateForm(List<PersonSummary> leaderChoices, List<TeamSummary> teamChoices) {
        addClassName("coach-update-form");
        leaders.setLabel(getTranslation("coach.update.leaders"));
        leaders.setItems(leaderChoices);
        leaders.setItemLabelGenerator(PersonSummary::name);
        leaders.addValueChangeListener(change -> leaders.setInvalid(false));
        team.setLabel(getTranslation("coach.update.team"));
        team.setHelperText(getTranslation("coach.update.team.helper"));
        team.setItems(teamChoices);
        team.setItemLabelGenerator(TeamSummary::name);
        TypedChoice.accepting(team, getLocale());
        team.setClearButtonVisible(true);
        text.setLabel(getTranslation("coach.update.text"));
        text.setMinHeight("8em");
        // No maxlength on the field: a pasted text that is too long must not be cut off silently.
        text.setValueChangeMode(ValueChangeMode.LAZY);
        text.addValueChangeListener(change -> {
            text.setHelperText(getTranslation("coach.update.counter", text.getValue().length(), MAX_TEXT));
            text.setInvalid(false);
        });
        text.setHelperText(getTranslation("coach.update.counter", 0, MAX_TEXT));
        send.setText(getTranslation("coach.update.send"));
        send.setIcon(VaadinIcon.PAPERPLANE.create());
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        send.addClickListener(click -> fireEvent(new SendEvent(this)));
        add(leaders, team, text, send);
        setColspan(text, 2);
    }

    /**
     * The form a send runs through: a refusal is shown at the field it concerns (the text when
     * it names none), and nothing is cleared.
     */
    InputErrors.Form form() {
        return InputErrors.form(null).field("text", text).field("leaders", leaders).field("team", team);
    }

    void clearAfterSending() {
        text.clear();
        leaders.clear();
        team.clear();
    }

    Registration addSendListener(ComponentEventListener<SendEvent> listener) {
        return addListener(SendEvent.class, listener);
    }

    static final class SendEvent extends ComponentEvent<CoachUpdateForm> {

        SendEvent(CoachUpdateForm form) {
            super(form, false);
        }

        Long teamId() {
            return getSource().team.getValue() == null ? null : getSource().team.getValue().id();
        }

        Set<Long> leaderIds() {
            return getSource().leaders.getValue().stream().map(PersonSummary::id)
                    .collect(java.util.stream.Collectors.toSet());
        }

        String text() {
            return getSource().text.getValue();
        }
    }
}
