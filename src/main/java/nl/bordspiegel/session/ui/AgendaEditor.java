package nl.bordspiegel.session.ui;

import java.util.ArrayList;
import java.util.List;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.shared.Registration;

import nl.bordspiegel.session.AgendaItem;
import nl.bordspiegel.session.AgendaKind;
import nl.bordspiegel.shared.InputErrors;

/**
 * The team's own agenda: rename, reorder, add, remove steps and set their minutes. Each
 * field is checked as it is typed, with the reason on the field; {@link SaveEvent} fires
 * only for an agenda that is whole.
 */
class AgendaEditor extends Details {

    private final List<AgendaItem> steps;
    private final VerticalLayout editor = new VerticalLayout();
    /** Fields whose value was refused: what was typed stays on screen until it is corrected. */
    private final List<com.vaadin.flow.component.HasValidation> refused = new ArrayList<>();
    /** Where a refusal of the agenda as a whole is shown (e.g. no step left). */
    private final Span message = new Span();
    private final InputErrors.Form form = InputErrors.form(message);

    AgendaEditor(List<AgendaItem> agenda) {
        steps = new ArrayList<>(agenda);
        setSummaryText(getTranslation("session.agenda.edit"));
        editor.setPadding(false);
        editor.setId("agenda-editor");
        add(editor);
        redraw();
    }

    private void redraw() {
        editor.removeAll();
        refused.clear();
        editor.add(new H3(getTranslation("session.agenda.title", AgendaItem.plannedMinutes(steps))));
        for (int i = 0; i < steps.size(); i++) {
            editor.add(row(i));
        }
        Button add = new Button(getTranslation("session.agenda.add"), click -> {
            steps.add(steps.size() - 1, new AgendaItem(AgendaKind.OTHER, getTranslation("session.agenda.newStep"), 2));
            redraw();
        });
        add.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        Button save = new Button(getTranslation("session.agenda.save"), click -> {
            if (refused.isEmpty()) {
                fireEvent(new SaveEvent(this, List.copyOf(steps)));
            }
        });
        save.setId("agenda-save");
        message.setText("");
        message.addClassName("form-message");
        message.setId("agenda-message");
        editor.add(new HorizontalLayout(add, save), message);
    }

    /** The form a save runs through: a refused agenda is explained here and stays as edited. */
    InputErrors.Form form() {
        return form;
    }

    private HorizontalLayout row(int at) {
        AgendaItem step = steps.get(at);
        TextField name = new TextField();
        name.setValue(StepTexts.name(this, step));
        name.setAriaLabel(getTranslation("session.agenda.name"));
        name.addClassName("agenda-name");
        name.addValueChangeListener(change -> replace(at, name, () -> new AgendaItem(steps.get(at).kind(),
                change.getValue().equals(StepTexts.defaultName(this, step.kind())) ? null : change.getValue(),
                steps.get(at).minutes())));
        IntegerField minutes = new IntegerField();
        minutes.setValue(step.minutes());
        minutes.setMin(AgendaItem.MIN_MINUTES);
        minutes.setMax(AgendaItem.MAX_MINUTES);
        minutes.setWidth("6em");
        minutes.setAriaLabel(getTranslation("session.agenda.minutes"));
        minutes.addClassName("agenda-minutes");
        minutes.addValueChangeListener(change -> replace(at, minutes, () -> new AgendaItem(steps.get(at).kind(),
                steps.get(at).title(), change.getValue() == null ? -1 : change.getValue())));
        Button up = new Button(VaadinIcon.ARROW_UP.create(), click -> {
            steps.add(at - 1, steps.remove(at));
            redraw();
        });
        up.setEnabled(at > 0);
        up.setAriaLabel(getTranslation("session.agenda.up"));
        up.addClassName("agenda-up");
        up.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        Button remove = new Button(VaadinIcon.TRASH.create(), click -> {
            steps.remove(at);
            redraw();
        });
        remove.setAriaLabel(getTranslation("session.agenda.remove"));
        remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        remove.setEnabled(steps.size() > 1);
        return new HorizontalLayout(name, minutes, up, remove);
    }

    /** Takes the field's new value into the agenda, or shows on the field why it cannot be. */
    private <F extends com.vaadin.flow.component.Component & com.vaadin.flow.component.HasValidation> void replace(
            int at, F field, java.util.function.Supplier<AgendaItem> changed) {
        boolean taken = InputErrors.form(null).field("field", field).submit(() -> steps.set(at, changed.get()));
        if (taken) {
            refused.remove(field);
        } else if (!refused.contains(field)) {
            refused.add(field);
        }
    }

    /** After a save: the totals are redrawn from what was stored. */
    void saved(List<AgendaItem> agenda) {
        steps.clear();
        steps.addAll(agenda);
        redraw();
    }

    Registration addSaveListener(ComponentEventListener<SaveEvent> listener) {
        return addListener(SaveEvent.class, listener);
    }

    static class SaveEvent extends ComponentEvent<AgendaEditor> {
        private final List<AgendaItem> steps;

        SaveEvent(AgendaEditor source, List<AgendaItem> steps) {
            super(source, false);
            this.steps = steps;
        }

        List<AgendaItem> steps() {
            return steps;
        }
    }
}
