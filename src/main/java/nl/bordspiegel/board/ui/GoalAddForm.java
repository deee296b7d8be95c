package nl.bordspiegel.board.ui;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.NumberField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.shared.Registration;

/** A new goal: its title with Enter, and optionally its measure and target. */
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
        title.onAdd(add -> fireEvent(new AddGoalEvent(this, add.text(), measure.getValue(), target.getValue())));
        HorizontalLayout details = new HorizontalLayout(measure, target);
        details.setWidthFull();
        add(title, details);
    }

    void saved() {
        measure.clear();
        target.clear();
        title.saved();
    }

    TextField titleField() {
        return title.field();
    }

    Registration onAdd(ComponentEventListener<AddGoalEvent> listener) {
        return addListener(AddGoalEvent.class, listener);
    }

    static final class AddGoalEvent extends ComponentEvent<GoalAddForm> {
        private final String title;
        private final String measure;
        private final Double target;

        AddGoalEvent(GoalAddForm source, String title, String measure, Double target) {
            super(source, false);
            this.title = title;
            this.measure = measure;
            this.target = target;
        }

        String title() {
            return title;
        }

        String measure() {
            return measure;
        }

        Double target() {
            return target;
        }
    }
}
