package nl.bordspiegel.board.ui;

import nl.bordspiegel.board.ActionCard;
import nl.bordspiegel.board.BoardTexts;
import nl.bordspiegel.board.CardKind;
import nl.bordspiegel.shared.Vocabulary.ActionStatus;

/** An improvement action: owner, due date, and its status in one click. */
class ActionCardView extends BoardCardView<ActionCard> {

    ActionCardView(ActionCard action, int comments) {
        super(CardKind.ACTION, action, comments);
        CardFace face = body(action.title(), action.createdByName(), action.createdOn());
        addClassName("action-" + action.status().name().toLowerCase());
        if (action.overdue()) {
            addClassName("overdue");
            face.badge(getTranslation("board.action.overdue"), "error");
        }
        face.pair("action-owner", action.ownerName() == null ? getTranslation("board.action.noOwner")
                        : getTranslation("board.action.owner", action.ownerName()),
                "action-due", action.dueOn() == null ? getTranslation("board.action.noDue")
                        : getTranslation("board.action.due", BoardTexts.day(getLocale(), action.dueOn())));
        CardButtons statuses = new CardButtons("action-statuses");
        for (ActionStatus status : ActionStatus.values()) {
            statusButton(statuses, action, status);
        }
        statuses.icon(act("action-edit", () -> fire(new CardEvents.EditEvent(this))), "edit",
                getTranslation("board.action.edit"));
        face.buttons(statuses);
        if (action.ownerId() == null && action.status() != ActionStatus.DONE) {
            // A disabled button says why: the reason stands next to it, not only in a tooltip a touch board cannot show.
            face.line("action-done-why", getTranslation("board.action.doneNeedsOwner"));
        }
        addFaceWithComments(face);
    }

    /** The current status is shown pressed and disabled; done waits for an owner (the reason stands below). */
    private void statusButton(CardButtons buttons, ActionCard action, ActionStatus status) {
        String act = "status-" + status.name().toLowerCase();
        boolean enabled = status != action.status() && !(status == ActionStatus.DONE && action.ownerId() == null);
        if (enabled) {
            act(act, () -> fire(new CardEvents.StatusEvent(this, status)));
        }
        buttons.text(act, getTranslation("board.action.status." + status),
                status == action.status() ? "small primary" : "small tertiary", enabled);
    }

    @Override
    long version() {
        return data().version();
    }
}
