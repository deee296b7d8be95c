package nl.bordspiegel.session.ui;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.shared.Registration;

import nl.bordspiegel.session.AttendanceLine;
import nl.bordspiegel.shared.InputErrors;
import nl.bordspiegel.shared.Vocabulary.AttendanceMark;

/**
 * Who is there: one row per expected person, one click for everyone, then the exceptions.
 * Fires {@link MarkEvent} per changed row and {@link EveryonePresentEvent}. Marks from other
 * screens arrive through {@link #update}, which keeps a reason this screen is still typing.
 */
class AttendancePanel extends Div {

    /** One row's fields and the reason last stored, to tell typing from a stored value. */
    private static final class Row {
        final RadioButtonGroup<AttendanceMark> mark;
        final TextField reason;
        String storedReason;

        Row(RadioButtonGroup<AttendanceMark> mark, TextField reason, String storedReason) {
            this.mark = mark;
            this.reason = reason;
            this.storedReason = storedReason;
        }
    }

    private final Map<Long, Row> rows = new LinkedHashMap<>();
    /** Where a refusal that belongs to no one row is shown. */
    private final Span message = new Span();

    AttendancePanel(List<AttendanceLine> attendance) {
        setId("session-attendance");
        addClassName("session-attendance");
        Button everyone = new Button(getTranslation("session.everyonePresent"), VaadinIcon.USERS.create(),
                click -> fireEvent(new EveryonePresentEvent(this)));
        everyone.setId("session-everyone-present");
        Div head = new Div(new H3(getTranslation("session.attendance")), everyone);
        head.addClassName("attendance-head");
        Paragraph exceptions = new Paragraph(getTranslation("session.attendance.exceptions"));
        exceptions.addClassName("session-hint");
        add(head, exceptions);
        attendance.forEach(line -> add(row(line)));
        message.addClassName("form-message");
        add(message);
    }

    /** The form a mark of {@code personId} runs through: a refused reason is explained on that row's field. */
    InputErrors.Form form(long personId) {
        InputErrors.Form form = InputErrors.form(message);
        Row row = rows.get(personId);
        return row == null ? form : form.field("reason", row.reason);
    }

    /** The form for marks of the whole panel ("everyone present"). */
    InputErrors.Form form() {
        return InputErrors.form(message);
    }

    /** Whether {@link #update} can show these lines: the same people in the same order. */
    boolean shows(List<AttendanceLine> attendance) {
        return new ArrayList<>(rows.keySet()).equals(attendance.stream().map(AttendanceLine::personId).toList());
    }

    /** Shows marks stored meanwhile; a reason being typed here and not yet stored stays as typed. */
    void update(List<AttendanceLine> attendance) {
        for (AttendanceLine line : attendance) {
            Row row = rows.get(line.personId());
            row.mark.setValue(line.mark());
            String stored = line.reason() == null ? "" : line.reason();
            if (row.reason.getValue().equals(row.storedReason)) {
                row.reason.setValue(stored);
            }
            row.storedReason = stored;
            row.reason.setVisible(line.mark() != AttendanceMark.PRESENT || !row.reason.getValue().isEmpty());
        }
    }

    private Div row(AttendanceLine line) {
        String name = line.name() + (line.leader() ? " (" + getTranslation("role.LEADER") + ")" : "");
        RadioButtonGroup<AttendanceMark> mark = new RadioButtonGroup<>();
        mark.setItems(AttendanceMark.values());
        mark.setItemLabelGenerator(m -> getTranslation("session.mark." + m));
        mark.setValue(line.mark());
        mark.setAriaLabel(name);
        mark.addClassName("attendance-mark");
        mark.getElement().setAttribute("data-person", String.valueOf(line.personId()));
        TextField reason = new TextField();
        reason.setPlaceholder(getTranslation("session.mark.reason"));
        reason.setAriaLabel(getTranslation("session.mark.reason") + " · " + line.name());
        reason.setValue(line.reason() == null ? "" : line.reason());
        reason.addClassName("attendance-reason");
        reason.setVisible(line.mark() != AttendanceMark.PRESENT);
        rows.put(line.personId(), new Row(mark, reason, reason.getValue()));
        mark.addValueChangeListener(change -> {
            if (change.isFromClient() && change.getValue() != null) {
                reason.setVisible(change.getValue() != AttendanceMark.PRESENT);
                fireEvent(new MarkEvent(this, line.personId(), change.getValue(), reason.getValue()));
            }
        });
        reason.addValueChangeListener(change -> {
            if (change.isFromClient()) {
                fireEvent(new MarkEvent(this, line.personId(), mark.getValue(), change.getValue()));
            }
        });
        Span who = new Span(name);
        who.addClassName("attendance-name");
        Div row = new Div(who, mark, reason);
        row.addClassName("attendance-row");
        return row;
    }

    Registration addMarkListener(ComponentEventListener<MarkEvent> listener) {
        return addListener(MarkEvent.class, listener);
    }

    Registration addEveryonePresentListener(ComponentEventListener<EveryonePresentEvent> listener) {
        return addListener(EveryonePresentEvent.class, listener);
    }

    static class MarkEvent extends ComponentEvent<AttendancePanel> {
        private final long personId;
        private final AttendanceMark mark;
        private final String reason;

        MarkEvent(AttendancePanel source, long personId, AttendanceMark mark, String reason) {
            super(source, false);
            this.personId = personId;
            this.mark = mark;
            this.reason = reason;
        }

        long personId() { return personId; }
        AttendanceMark mark() { return mark; }
        String reason() { return reason; }
    }

    static class EveryonePresentEvent extends ComponentEvent<AttendancePanel> {
        EveryonePresentEvent(AttendancePanel source) {
            super(source, false);
        }
    }
}
