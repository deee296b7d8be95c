package nl.bordspiegel.board.ui;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.shared.Registration;

import nl.bordspiegel.board.BoardFields;
import nl.bordspiegel.shared.InputErrors;

/** Changes the text of a success, idea, question or comment. What was typed stays when saving is refused. */
class TextEditDialog extends Dialog {

    private final TextArea text;

    TextEditDialog(String current) {
        setHeaderTitle(getTranslation("board.card.edit"));
        addClassName("board-overlay");
        text = new TextArea(getTranslation("board.card.text"), current, "");
        text.setId("edit-card-text");
        text.setWidth("min(32em, 80vw)");
        Button save = new Button(getTranslation("board.save"), click -> fireEvent(new SaveEvent(this, text.getValue())));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("edit-card-save");
        add(text);
        getFooter().add(new Button(getTranslation("board.cancel"), click -> close()), save);
    }

    /** Where a refusal of the text shows. */
    InputErrors.Form form() {
        return InputErrors.form(null).field(BoardFields.TEXT, text);
    }

    @Override
    public void open() {
        super.open();
        text.focus();
    }

    Registration onSave(ComponentEventListener<SaveEvent> listener) {
        return addListener(SaveEvent.class, listener);
    }

    static final class SaveEvent extends ComponentEvent<TextEditDialog> {
        private final String text;

        SaveEvent(TextEditDialog source, String text) {
            super(source, false);
            this.text = text;
        }

        String text() {
            return text;
        }
    }
}
