package nl.bordspiegel.board.ui;

import com.vaadin.flow.component.ComponentEvent;

import nl.bordspiegel.board.CommentCard;
import nl.bordspiegel.board.GoalOutcome;
import nl.bordspiegel.shared.InputErrors;
import nl.bordspiegel.shared.Vocabulary.ActionStatus;
import nl.bordspiegel.shared.Vocabulary.IdeaStatus;

/** What a card asks the board to do (flow-crm's ContactForm events); the board calls the service. */
final class CardEvents {

    private CardEvents() {
    }

    abstract static class CardEvent extends ComponentEvent<BoardCardView<?>> {
        CardEvent(BoardCardView<?> card) {
            super(card, false);
        }

        BoardCardView<?> card() {
            return getSource();
        }
    }

    /** A new comment about this card; {@code panel} is told when it was saved, so it can clear its field. */
    static final class CommentEvent extends CardEvent {
        private final String text;
        private final CardComments panel;

        CommentEvent(BoardCardView<?> card, String text, CardComments panel) {
            super(card);
            this.text = text;
            this.panel = panel;
        }

        String text() {
            return text;
        }

        CardComments panel() {
            return panel;
        }
    }

    /** The card's comments were unfolded: {@code panel} wants the comments to show. */
    static final class CommentsOpenedEvent extends CardEvent {
        private final CardComments panel;

        CommentsOpenedEvent(BoardCardView<?> card, CardComments panel) {
            super(card);
            this.panel = panel;
        }

        CardComments panel() {
            return panel;
        }
    }

    static final class DecideEvent extends CardEvent {
        private final IdeaStatus decision;

        DecideEvent(BoardCardView<?> card, IdeaStatus decision) {
            super(card);
            this.decision = decision;
        }

        IdeaStatus decision() {
            return decision;
        }
    }

    static final class StatusEvent extends CardEvent {
        private final ActionStatus status;

        StatusEvent(BoardCardView<?> card, ActionStatus status) {
            super(card);
            this.status = status;
        }

        ActionStatus status() {
            return status;
        }
    }

    /** The user wants to change the card's text or details. */
    static final class EditEvent extends CardEvent {
        EditEvent(BoardCardView<?> card) {
            super(card);
        }
    }

    /** The user wants the card off the board (the board offers an undo). */
    static final class DeleteEvent extends CardEvent {
        DeleteEvent(BoardCardView<?> card) {
            super(card);
        }
    }

    static final class ReopenEvent extends CardEvent {
        ReopenEvent(BoardCardView<?> card) {
            super(card);
        }
    }

    /** A comment under this card is to be changed ({@code delete} false) or deleted. */
    static final class CommentChangeEvent extends CardEvent {
        private final CommentCard comment;
        private final boolean delete;

        CommentChangeEvent(BoardCardView<?> card, CommentCard comment, boolean delete) {
            super(card);
            this.comment = comment;
            this.delete = delete;
        }

        CommentCard comment() {
            return comment;
        }

        boolean delete() {
            return delete;
        }
    }

    /** The measurement at {@code index} (date order) is to be corrected ({@code delete} false) or deleted. */
    static final class MeasurementChangeEvent extends CardEvent {
        private final int index;
        private final boolean delete;

        MeasurementChangeEvent(BoardCardView<?> card, int index, boolean delete) {
            super(card);
            this.index = index;
            this.delete = delete;
        }

        int index() {
            return index;
        }

        boolean delete() {
            return delete;
        }
    }

    static final class MeasureEvent extends CardEvent {
        private final double value;

        MeasureEvent(BoardCardView<?> card, double value) {
            super(card);
            this.value = value;
        }

        double value() {
            return value;
        }
    }

    /** Close the goal; a refusal of the why stands on the close-out form ({@code form}). */
    static final class CloseGoalEvent extends CardEvent {
        private final GoalOutcome outcome;
        private final String why;
        private final InputErrors.Form form;

        CloseGoalEvent(BoardCardView<?> card, GoalOutcome outcome, String why, InputErrors.Form form) {
            super(card);
            this.outcome = outcome;
            this.why = why;
            this.form = form;
        }

        InputErrors.Form form() {
            return form;
        }

        GoalOutcome outcome() {
            return outcome;
        }

        String why() {
            return why;
        }
    }
}
