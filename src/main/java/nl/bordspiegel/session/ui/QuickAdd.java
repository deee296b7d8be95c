package nl.bordspiegel.session.ui;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.shared.Registration;

/** One line of text and Enter: a new success or idea during the session. Fires {@link AddEvent}. */
class QuickAdd extends HorizontalLayout {

    private final TextField text = new TextField();

    QuickAdd(String id, String placeholderKey) {
        text.setId(id);
        text.setPlaceholder(getTranslation(placeholderKey));
        text.setAriaLabel(getTranslation(placeholderKey));
        text.setWidth("24em");
        Button add = new Button(VaadinIcon.PLUS.create(), click -> {
            if (!text.getValue().isBlank()) {
                fireEvent(new AddEvent(this, text.getValue()));
            }
        });
        add.setId(id + "-button");
        add.setAriaLabel(getTranslation(placeholderKey));
        add.addClickShortcut(Key.ENTER).listenOn(text);
        add(text, add);
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
