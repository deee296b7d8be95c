package nl.bordspiegel.session.ui;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.shared.Registration;

import nl.bordspiegel.board.BoardFields;
import nl.bordspiegel.shared.InputErrors;

/**
 * One line of text and Enter: a new success or idea during the session. Fires {@link AddEvent};
 * a refusal stands on the field ({@link #form()}) and the text stays, as on the board.
 */
class QuickAdd extends HorizontalLayout {

    private final TextField text = new TextField();

    QuickAdd(String id, String placeholderKey) {
        text.setId(id);
        text.setPlaceholder(getTranslation(placeholderKey));
        text.setAriaLabel(getTranslation(placeholderKey));
        text.setWidth("24em");
        Button add = new Button(VaadinIcon.PLUS.create(), click -> fireEvent(new AddEvent(this, text.getValue())));
        add.setId(id + "-button");
        add.setAriaLabel(getTranslation(placeholderKey));
        add.addClickShortcut(Key.ENTER).listenOn(text);
        add(text, add);
    }

    InputErrors.Form form() {
        return InputErrors.form(null).field(BoardFields.TEXT, text);
    }

    Registration addAddListener(ComponentEventListener<AddEvent> listener) {
        return addListener(AddEvent.class, listener);
    }

    static class AddEvent extends ComponentEvent<QuickAdd> {
        private final String text;

        AddEvent(QuickAdd source, String text) {
            super(source, false);
            this.text = text;
        }

        String text() {
            return text;
        }
    }
}
