package nl.bordspiegel.session.ui;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.NumberField;
import com.vaadin.flow.shared.Registration;

import nl.bordspiegel.board.Board;
import nl.bordspiegel.board.GoalCard;

/** The goals step: each running goal with its last measurement and a field for this week's. Fires {@link MeasureEvent}. */
class GoalsStep extends VerticalLayout {

    GoalsStep(Board board) {
        setPadding(false);
        board.goals().stream().filter(GoalCard::running).forEach(goal -> add(row(goal)));
    }

    private HorizontalLayout row(GoalCard goal) {
        String last = goal.measurements().isEmpty() ? getTranslation("board.goal.noMeasurements")
                : getTranslation("board.goal.last", goal.measurements().get(goal.measurements().size() - 1).value());
        NumberField value = new NumberField();
        value.setPlaceholder(getTranslation("board.goal.measurement"));
        value.setAriaLabel(getTranslation("board.goal.measurement"));
        value.addClassName("session-measurement");
        Button add = new Button(VaadinIcon.PLUS.create(), click -> {
            if (value.getValue() != null) {
                fireEvent(new MeasureEvent(this, goal.id(), value.getValue()));
            }
        });
        add.addClassName("session-measurement-add");
        add.setAriaLabel(getTranslation("board.goal.measurement"));
        add.addClickShortcut(Key.ENTER).listenOn(value);
        HorizontalLayout row = new HorizontalLayout(new Span(goal.title() + " · " + last), value, add);
        row.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        return row;
    }

    Registration addMeasureListener(ComponentEventListener<MeasureEvent> listener) {
        return addListener(MeasureEvent.class, listener);
    }

    static class MeasureEvent extends ComponentEvent<GoalsStep> {
        private final long goalId;
        private final double value;

        MeasureEvent(GoalsStep source, long goalId, double value) {
            super(source, false);
            this.goalId = goalId;
            this.value = value;
        }

        long goalId() { return goalId; }
        double value() { return value; }
    }
}
