package nl.bordspiegel.board.ui;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.shared.Registration;

import nl.bordspiegel.board.BoardFields;
import nl.bordspiegel.shared.InputErrors;

/**
 * One field and Enter: adds a card. It fires {@link AddEvent} and keeps what was typed until
 * the board says it was saved ({@link #saved()}), so a refused card is not lost; the reason
 * stands on the field ({@link #form()}). An empty field is refused like any other text.
 */
class AddRow extends HorizontalLayout {

    private final TextField text = new TextField();

    AddRow(String id, String placeholder) {
        text.setId(id);
        text.setPlaceholder(placeholder);
        text.setAriaLabel(placeholder);
        text.setWidthFull();
        Button add = CardButtons.iconButton("plus", placeholder, click -> fireEvent(new AddEvent(this, text.getValue())));
        add.setId(id + "-button");
        add.addClickShortcut(Key.ENTER).listenOn(text);
        add(text, add);
        setWidthFull();
        addClassName("board-add");
    }

    void saved() {
        text.clear();
        text.focus();
    }

    TextField field() {
        return text;
    }

    /** Where a refusal of the card's text shows. */
    InputErrors.Form form() {
        return InputErrors.form(null).field(BoardFields.TEXT, text);
    }

    Registration onAdd(ComponentEventListener<AddEvent> listener) {
        return addListener(AddEvent.class, listener);
    }

    static final class AddEvent extends ComponentEvent<AddRow> {
        private final String text;

        AddEvent(AddRow source, String text) {
            super(source, false);
            this.text = text;
        }

        String text() {
            return text;
        }
    }
}
