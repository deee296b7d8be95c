package nl.bordspiegel.session.ui;

import java.util.List;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.shared.Registration;

import nl.bordspiegel.school.PersonSummary;
import nl.bordspiegel.session.SessionSummary;
import nl.bordspiegel.shared.InputErrors;
import nl.bordspiegel.shared.TypedChoice;

/**
 * After the close, for the rest of that day: correct attendance and who led, or undo the
 * close. Fires {@link LeaderEvent}, {@link ReopenEvent} and the attendance panel's marks.
 */
class CorrectionPanel extends VerticalLayout {

    private final AttendancePanel attendance;
    /** Where a refused correction (too late, another session runs) is explained. */
    private final Paragraph message = new Paragraph();
    private final InputErrors.Form form = InputErrors.form(message);

    CorrectionPanel(SessionSummary summary, List<PersonSummary> mayLead) {
        setPadding(false);
        setId("session-correction");
        ComboBox<PersonSummary> leader = new ComboBox<>(getTranslation("session.ledBy"), mayLead);
        leader.setItemLabelGenerator(PersonSummary::name);
        TypedChoice.accepting(leader, getLocale());
        leader.setId("session-correct-leader");
        mayLead.stream().filter(person -> summary.ledById() != null && person.id() == summary.ledById()).findFirst()
                .ifPresent(leader::setValue);
        leader.addValueChangeListener(change -> {
            if (change.getValue() != null) {
                fireEvent(new LeaderEvent(this, change.getValue().id()));
            }
        });
        attendance = new AttendancePanel(summary.attendance());
        Button reopen = new Button(getTranslation("session.reopen"), VaadinIcon.ROTATE_LEFT.create(),
                click -> fireEvent(new ReopenEvent(this)));
        reopen.setId("session-reopen");
        reopen.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        add(new H3(getTranslation("session.correct.title")), new Paragraph(getTranslation("session.correct.text")),
                leader, attendance, reopen, message);
        message.setId("session-correct-message");
        message.addClassName("form-message");
    }

    /** The form a correction of the leader or an undo of the close runs through. */
    InputErrors.Form form() {
        return form;
    }

    AttendancePanel attendance() {
        return attendance;
    }

    Registration addLeaderListener(ComponentEventListener<LeaderEvent> listener) {
        return addListener(LeaderEvent.class, listener);
    }

    Registration addReopenListener(ComponentEventListener<ReopenEvent> listener) {
        return addListener(ReopenEvent.class, listener);
    }

    static class LeaderEvent extends ComponentEvent<CorrectionPanel> {
        private final long personId;

        LeaderEvent(CorrectionPanel source, long personId) {
            super(source, false);
            this.personId = personId;
        }

        long personId() {
            return personId;
        }
    }

    static class ReopenEvent extends ComponentEvent<CorrectionPanel> {
        ReopenEvent(CorrectionPanel source) {
            super(source, false);
        }
    }
}
