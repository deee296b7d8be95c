package nl.bordspiegel.board.ui;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.textfield.NumberField;
import com.vaadin.flow.shared.Registration;

/** Corrects one measurement's value. */
class MeasurementDialog extends Dialog {

    private final NumberField value = new NumberField();

    MeasurementDialog(String header, double current) {
        setHeaderTitle(header);
        addClassName("board-overlay");
        value.setLabel(getTranslation("board.goal.measurement.value"));
        value.setValue(current);
        value.setId("edit-measurement-value");
        Button save = new Button(getTranslation("board.save"), click -> {
            if (value.getValue() != null) {
                fireEvent(new SaveEvent(this, value.getValue()));
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("edit-measurement-save");
        add(value);
        getFooter().add(new Button(getTranslation("board.cancel"), click -> close()), save);
    }

    Registration onSave(ComponentEventListener<SaveEvent> listener) {
        return addListener(SaveEvent.class, listener);
    }

    static final class SaveEvent extends ComponentEvent<MeasurementDialog> {
        private final double value;

        SaveEvent(MeasurementDialog source, double value) {
            super(source, false);
            this.value = value;
        }

        double value() {
            return value;
        }
    }
}
