package nl.bordspiegel.shared;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.UI;

/**
 * The one place where a refused input becomes a message on its field, in the user's
 * language. What the user typed stays: nothing is cleared.
 */
public final class InputErrors {

    private InputErrors() {
    }

    public static <F extends Component & HasValidation> void show(InvalidInputException refused, F field) {
        field.setErrorMessage(refused.message(field.getUI().map(UI::getLocale).orElse(Messages.DUTCH)));
        field.setInvalid(true);
    }
}
