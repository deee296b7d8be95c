package nl.bordspiegel.board.ui;

import com.vaadin.flow.component.textfield.NumberField;

import nl.bordspiegel.board.BoardFields;
import nl.bordspiegel.shared.InvalidInputException;

/**
 * A goal's target as typed. Vaadin reports "no value" both for an empty field and for text
 * that is not a number, so "80%" would silently become a goal without a target: this tells
 * the two apart and refuses the second on the field.
 */
final class GoalTarget {

    private GoalTarget() {
    }

    /** The number in the field, null when it is empty, or a refusal when it holds something else. */
    static Double of(NumberField field) {
        // Vaadin's own check fails only for unreadable input here: the target has no minimum, maximum or step.
        if (field.getDefaultValidator().apply(field.getValue(), null).isError()) {
            throw InvalidInputException.at(BoardFields.TARGET, "board.goal.target.invalid");
        }
        return field.getValue();
    }
}
