package nl.bordspiegel.shared;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import com.vaadin.flow.component.HasText;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.UI;

/**
 * The one place where a refused input becomes a message on its field, in the user's
 * language. What the user typed stays: nothing is cleared. Views do not catch
 * {@link InvalidInputException} themselves: they run a form's action through a {@link Form}.
 * What no form catches reaches the calm error handler.
 */
public final class InputErrors {

    private InputErrors() {
    }

    /** A form whose refusals that name no known field are shown in {@code line}. */
    public static Form form(HasText line) {
        return new Form(line);
    }

    /**
     * Where one form shows refusals: each field under the name a refusal gives it
     * ({@link InvalidInputException#field()}), and a line for the rest.
     */
    public static final class Form {

        private final Map<String, HasValidation> fields = new LinkedHashMap<>();
        private final HasText line;

        private Form(HasText line) {
            this.line = line;
        }

        /** The field that shows refusals named {@code name}, e.g. {@code "security.input.field.email"}. */
        public Form field(String name, HasValidation field) {
            fields.put(name, field);
            return this;
        }

        /**
         * Runs the form's action. Refused input becomes a message on its field or in the line,
         * and the form keeps what was typed. Returns whether the action went through: not while a
         * field shows a typed choice that names nobody ({@link TypedChoice}).
         */
        public boolean submit(Runnable action) {
            if (fields.values().stream().anyMatch(TypedChoice::unresolved)) {
                // A choice box says its typed text names nobody; its value is not what the user sees.
                return false;
            }
            clear();
            try {
                action.run();
                return true;
            } catch (InvalidInputException refused) {
                show(refused);
                return false;
            }
        }

        /** Shows a refusal where it belongs. */
        public void show(InvalidInputException refused) {
            String text = refused.message(locale());
            HasValidation field = refused.field() == null ? null : fields.get(refused.field());
            if (field != null) {
                field.setErrorMessage(text);
                field.setInvalid(true);
            } else if (line != null) {
                line.setText(text);
            } else if (!fields.isEmpty()) {
                HasValidation first = fields.values().iterator().next();
                first.setErrorMessage(text);
                first.setInvalid(true);
            } else {
                throw refused;
            }
        }

        /** Takes away the marks of an earlier refusal (not the text the user typed). */
        public void clear() {
            fields.values().forEach(field -> field.setInvalid(false));
        }

        private static Locale locale() {
            UI ui = UI.getCurrent();
            return ui == null ? Messages.DUTCH : ui.getLocale();
        }
    }
}
