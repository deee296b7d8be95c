package nl.bordspiegel.shared;

import java.util.List;
import java.util.Locale;

import com.vaadin.flow.component.combobox.ComboBox;

/**
 * A combo box asks the server for its choices when it first opens. Someone who types a whole
 * name and presses Enter before they arrive (a slow network, a busy server) used to find the
 * old value back without a word. With this, a typed text counts as the choice it names, by the
 * box's own rule (the whole label, in any case), and a text that names none gets a message on
 * the field and stays, so it can be corrected.
 */
public final class TypedChoice {

    private TypedChoice() {
    }

    public static <T> ComboBox<T> accepting(ComboBox<T> box, Locale requested) {
        Locale locale = Messages.supported(requested);
        box.setAllowCustomValue(true);
        // The box's own check would take the message away again when the field loses focus.
        box.setManualValidation(true);
        box.addCustomValueSetListener(typed -> {
            String text = typed.getDetail().strip();
            List<T> named = box.getListDataView().getItems()
                    .filter(item -> box.getItemLabelGenerator().apply(item).strip().equalsIgnoreCase(text))
                    .limit(2).toList();
            if (named.size() == 1) {
                box.setValue(named.get(0));
                box.setInvalid(false);
            } else {
                box.setErrorMessage(Messages.get(locale, "widget.choice.unknown", text));
                box.setInvalid(true);
            }
        });
        box.addValueChangeListener(change -> box.setInvalid(false));
        return box;
    }
}
