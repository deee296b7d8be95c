package nl.bordspiegel.board.ui;

import java.time.LocalDate;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.NumberField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.shared.Registration;

import nl.bordspiegel.board.BoardFields;
import nl.bordspiegel.board.GoalCard;
import nl.bordspiegel.shared.InputErrors;
import nl.bordspiegel.shared.InvalidInputException;
import nl.bordspiegel.shared.WidgetTexts;

/** Changes a goal's title, measure, target and period. */
class GoalEditDialog extends Dialog {

    private final TextField title;
    private final TextField measure;
    private final NumberField target = new NumberField();
    private final DatePicker start;
    private final DatePicker end;

    GoalEditDialog(GoalCard goal) {
        setHeaderTitle(getTranslation("board.goal.edit"));
        addClassName("board-overlay");
        title = new TextField(getTranslation("board.goal.title"), goal.title(), "");
        title.setId("edit-goal-title");
        measure = new TextField(getTranslation("board.goal.measure"), goal.measure() == null ? "" : goal.measure(), "");
        measure.setId("edit-goal-measure");
        target.setLabel(getTranslation("board.goal.target"));
        target.setValue(goal.target());
        target.setId("edit-goal-target");
        start = WidgetTexts.localised(new DatePicker(getTranslation("board.goal.start"), goal.startedOn()), getLocale());
        start.setId("edit-goal-start");
        end = WidgetTexts.localised(new DatePicker(getTranslation("board.goal.end"), goal.endsOn()), getLocale());
        end.setId("edit-goal-end");
        Button save = new Button(getTranslation("board.save"), click -> fireEvent(new SaveEvent(this)));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("edit-goal-save");
        add(new FormLayout(title, measure, target, start, end));
        getFooter().add(new Button(getTranslation("board.cancel"), click -> close()), save);
    }

    /** Where a refusal shows: on the field it names, else on the title. */
    InputErrors.Form form() {
        return InputErrors.form(null).field(BoardFields.TITLE, title).field(BoardFields.MEASURE, measure)
                .field(BoardFields.TARGET, target).field(BoardFields.STARTS_ON, start).field(BoardFields.ENDS_ON, end);
    }

    /**
     * The picked date, null when empty, or a refusal when the field holds text that is not a
     * date: Vaadin reports no value for both, and the goal's period would silently open up.
     */
    private static LocalDate readable(DatePicker picker, String field) {
        if (picker.getDefaultValidator().apply(picker.getValue(), null).isError()) {
            throw InvalidInputException.at(field, "widget.date.badInput");
        }
        return picker.getValue();
    }

    Registration onSave(ComponentEventListener<SaveEvent> listener) {
        return addListener(SaveEvent.class, listener);
    }

    final class SaveEvent extends ComponentEvent<GoalEditDialog> {
        SaveEvent(GoalEditDialog source) {
            super(source, false);
        }

        String title() {
            return title.getValue();
        }

        String measure() {
            return measure.getValue();
        }

        /** The typed target, or a refusal when it is not a number. */
        Double target() {
            return GoalTarget.of(target);
        }

        LocalDate start() {
            return readable(start, BoardFields.STARTS_ON);
        }

        LocalDate end() {
            return readable(end, BoardFields.ENDS_ON);
        }
    }
}
