package nl.bordspiegel.board.ui;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.NumberField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.shared.Registration;

import nl.bordspiegel.board.BoardFields;
import nl.bordspiegel.shared.InputErrors;

/**
 * A new goal: its title with Enter, and optionally its measure and target. A refusal stands
 * on the field it concerns ({@link #form()}); everything typed stays until {@link #saved()}.
 */
class GoalAddForm extends VerticalLayout {

    private final AddRow title;
    private final TextField measure = new TextField();
    private final NumberField target = new NumberField();

    GoalAddForm() {
        setPadding(false);
        setSpacing(false);
        target.setPlaceholder(getTranslation("board.goal.target"));
        target.setAriaLabel(getTranslation("board.goal.target"));
        target.setId("add-goal-target");
        target.setWidth("7em");
        measure.setPlaceholder(getTranslation("board.goal.measure"));
        measure.setAriaLabel(getTranslation("board.goal.measure"));
        measure.setId("add-goal-measure");
        measure.setWidthFull();
        title = new AddRow("add-goal-title", getTranslation("board.goal.add"));
        title.onAdd(add -> fireEvent(new AddGoalEvent(this, add.text())));
        HorizontalLayout details = new HorizontalLayout(measure, target);
        details.setWidthFull();
        add(title, details);
    }

    void saved() {
        measure.clear();
        target.clear();
        title.saved();
    }

    InputErrors.Form form() {
        return InputErrors.form(null).field(BoardFields.TITLE, title.field()).field(BoardFields.MEASURE, measure)
                .field(BoardFields.TARGET, target);
    }

    Registration onAdd(ComponentEventListener<AddGoalEvent> listener) {
        return addListener(AddGoalEvent.class, listener);
    }

    static final class AddGoalEvent extends ComponentEvent<GoalAddForm> {
        private final String title;

        AddGoalEvent(GoalAddForm source, String title) {
            super(source, false);
            this.title = title;
        }

        String title() {
            return title;
        }

        String measure() {
            return getSource().measure.getValue();
        }

        /** The typed target, or a refusal when it is not a number. */
        Double target() {
            return GoalTarget.of(getSource().target);
        }
    }
}
