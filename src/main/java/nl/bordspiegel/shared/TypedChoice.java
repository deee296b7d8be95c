package nl.bordspiegel.shared;

import java.util.List;
import java.util.Locale;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.combobox.ComboBox;

/**
 * A combo box asks the server for its choices when it first opens. Someone who types a whole
 * name and presses Enter before they arrive (a slow network, a busy server) used to find the
 * old value back without a word. With this, a typed text counts as the choice it names, by the
 * box's own rule (the whole label, in any case), and a text that names none gets a message on
 * the field and stays, so it can be corrected; a form through {@link InputErrors} waits for that.
 */
public final class TypedChoice {

    private static final String UNRESOLVED = TypedChoice.class.getName() + ".unresolved";
    private static final String SHOWN = "element.inputElement.value";

    private TypedChoice() {
    }

    public static <T> ComboBox<T> accepting(ComboBox<T> box, Locale requested) {
        Locale locale = Messages.supported(requested);
        box.setAllowCustomValue(true);
        // The box's own check would take the message away again when the field loses focus.
        box.setManualValidation(true);
        box.addCustomValueSetListener(typed -> {
            String text = typed.getDetail().strip();
            List<T> named = box.getListDataView().getItems().filter(item -> shownAs(box, item, text)).limit(2).toList();
            if (named.size() == 1) {
                box.setValue(named.get(0));
                resolved(box);
            } else {
                String why = named.isEmpty() ? "widget.choice.unknown" : "widget.choice.ambiguous";
                box.setErrorMessage(Messages.get(locale, why, text));
                box.setInvalid(true);
                ComponentUtil.setData(box, UNRESOLVED, Boolean.TRUE);
            }
        });
        // Only the user's own doing takes the message away: a view that puts back the choice after
        // replacing the list (the board's authors, after every change on the board) must not.
        box.addValueChangeListener(change -> {
            if (change.isFromClient()) {
                resolved(box);
            }
        });
        // Typing again takes it away too; where the new text names nobody, leaving the box says so again.
        // Only a box that shows a message asks.
        box.getElement().addEventListener("input", typing -> resolved(box)).setFilter("element.invalid");
        // Some ways back to a proper choice change nothing the server hears of (Esc, picking the
        // choice the box already has, the clear button on an empty box): leaving the box tells what it shows.
        box.getElement().addEventListener("focusout", leaving -> {
            String shown = leaving.getEventData().getString(SHOWN).strip();
            T value = box.getValue();
            if (value == null ? shown.isEmpty() : shownAs(box, value, shown)) {
                resolved(box);
            }
        }).addEventData(SHOWN).setFilter("element.invalid");
        return box;
    }

    /**
     * Whether the field shows a typed text that names none of its choices. Its value is still the
     * earlier choice then, which is not what the user sees: a form does not go on with it.
     */
    public static boolean unresolved(HasValidation field) {
        if (field instanceof StandIn standIn) {
            return standIn.unresolved();
        }
        return field instanceof Component box && Boolean.TRUE.equals(ComponentUtil.getData(box, UNRESOLVED));
    }

    /** A form's field that stands for a choice box made later, as the board's author picker. */
    public interface StandIn extends HasValidation {

        /** {@link TypedChoice#unresolved} of the box, once it is made. */
        boolean unresolved();
    }

    /** Whether {@code text} is the item's label, as the box itself matches a typed text: whole, in any case. */
    private static <T> boolean shownAs(ComboBox<T> box, T item, String text) {
        return box.getItemLabelGenerator().apply(item).strip().equalsIgnoreCase(text);
    }

    private static void resolved(ComboBox<?> box) {
        ComponentUtil.setData(box, UNRESOLVED, null);
        box.setInvalid(false);
    }
}
