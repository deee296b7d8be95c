package nl.bordspiegel.board.ui;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.shared.Registration;

import nl.bordspiegel.board.ActionCard;
import nl.bordspiegel.board.BoardFields;
import nl.bordspiegel.board.BoardTexts;
import nl.bordspiegel.school.PersonSummary;
import nl.bordspiegel.shared.InputErrors;
import nl.bordspiegel.shared.TypedChoice;
import nl.bordspiegel.shared.WidgetTexts;

/**
 * Changes an action's title, owner and due date. When someone else saved first, it keeps
 * what was typed, shows what is on the board now, and saves on top when asked again.
 */
class ActionEditDialog extends Dialog {

    private final TextField what;
    private final ComboBox<PersonSummary> owner;
    private final DatePicker due;
    private final Paragraph theirs = new Paragraph();
    private long version;

    ActionEditDialog(ActionCard action, List<PersonSummary> owners) {
        version = action.version();
        addClassName("board-overlay");
        setHeaderTitle(getTranslation("board.action.edit"));
        what = new TextField(getTranslation("board.action.what"), action.title(), "");
        what.setWidthFull();
        what.setId("edit-action-title");
        owner = new ComboBox<>(getTranslation("board.action.ownerLabel"), owners);
        owner.setItemLabelGenerator(PersonSummary::name);
        TypedChoice.accepting(owner, getLocale());
        owner.setId("edit-action-owner");
        owners.stream().filter(p -> Objects.equals(p.id(), action.ownerId())).findFirst().ifPresent(owner::setValue);
        due = WidgetTexts.localised(new DatePicker(getTranslation("board.action.dueLabel"), action.dueOn()),
                getLocale());
        due.setLocale(getLocale());
        due.setId("edit-action-due");
        theirs.addClassName("conflict-note");
        theirs.setVisible(false);
        Button save = new Button(getTranslation("board.save"), click -> fireEvent(new SaveEvent(this)));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("edit-action-save");
        save.addClickShortcut(Key.ENTER);
        add(new VerticalLayout(theirs, what, owner, due));
        getFooter().add(new Button(getTranslation("board.cancel"), click -> close()), save);
    }

    /** Someone else saved first: show their version, keep ours, and save on top of theirs next time. */
    void overtakenBy(ActionCard now) {
        version = now.version();
        theirs.setText(getTranslation("board.conflict.theirs", now.title(),
                now.ownerName() == null ? "–" : now.ownerName(), BoardTexts.date(getLocale(), now.dueOn())));
        theirs.setVisible(true);
    }

    /** Where a refusal shows: on the owner when it names the owner, else on the title. */
    InputErrors.Form form() {
        return InputErrors.form(null).field(BoardFields.TEXT, what).field(BoardFields.OWNER, owner);
    }

    @Override
    public void open() {
        super.open();
        what.focus();
    }

    Registration onSave(ComponentEventListener<SaveEvent> listener) {
        return addListener(SaveEvent.class, listener);
    }

    final class SaveEvent extends ComponentEvent<ActionEditDialog> {
        SaveEvent(ActionEditDialog source) {
            super(source, false);
        }

        long version() {
            return version;
        }

        String title() {
            return what.getValue();
        }

        Long ownerId() {
            return Optional.ofNullable(owner.getValue()).map(PersonSummary::id).orElse(null);
        }

        java.time.LocalDate due() {
            return due.getValue();
        }
    }
}
