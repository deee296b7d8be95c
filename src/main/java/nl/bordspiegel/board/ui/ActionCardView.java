package nl.bordspiegel.board.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;

import nl.bordspiegel.board.ActionCard;
import nl.bordspiegel.board.BoardTexts;
import nl.bordspiegel.board.CardKind;
import nl.bordspiegel.shared.Vocabulary.ActionStatus;

/** An improvement action: owner, due date, and its status in one click. */
class ActionCardView extends BoardCardView<ActionCard> {

    ActionCardView(ActionCard action, int comments) {
        super(CardKind.ACTION, action, comments);
        addBody(action.title(), action.createdByName(), action.createdOn());
        addClassName("action-" + action.status().name().toLowerCase());
        if (action.overdue()) {
            addClassName("overdue");
            add(badge(getTranslation("board.action.overdue"), "error"));
        }
        Span owner = new Span(action.ownerName() == null ? getTranslation("board.action.noOwner")
                : getTranslation("board.action.owner", action.ownerName()));
        owner.addClassName("action-owner");
        Span due = new Span(action.dueOn() == null ? getTranslation("board.action.noDue")
                : getTranslation("board.action.due", BoardTexts.day(getLocale(), action.dueOn())));
        due.addClassName("action-due");
        CardButtons statuses = new CardButtons("action-statuses");
        for (ActionStatus status : ActionStatus.values()) {
            statusButton(statuses, action, status);
        }
        statuses.icon(act("action-edit", () -> fireEvent(new CardEvents.EditEvent(this))), "edit",
                getTranslation("board.action.edit"));
        add(new Div(owner, new Span(" · "), due), statuses.html());
        if (action.ownerId() == null && action.status() != ActionStatus.DONE) {
            // A disabled button says why: the reason stands next to it, not only in a tooltip a touch board cannot show.
            Span why = new Span(getTranslation("board.action.doneNeedsOwner"));
            why.addClassName("action-done-why");
            add(why);
        }
        addComments();
    }

    /** The current status is shown pressed and disabled; done waits for an owner (the reason stands below). */
    private void statusButton(CardButtons buttons, ActionCard action, ActionStatus status) {
        String act = "status-" + status.name().toLowerCase();
        boolean enabled = status != action.status() && !(status == ActionStatus.DONE && action.ownerId() == null);
        if (enabled) {
            act(act, () -> fireEvent(new CardEvents.StatusEvent(this, status)));
        }
        buttons.text(act, getTranslation("board.action.status." + status),
                status == action.status() ? "small primary" : "small tertiary", enabled);
    }

    @Override
    long version() {
        return data().version();
    }
}
