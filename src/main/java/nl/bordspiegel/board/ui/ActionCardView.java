package nl.bordspiegel.board.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;

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
        HorizontalLayout statuses = new HorizontalLayout();
        statuses.addClassName("action-statuses");
        statuses.setSpacing(false);
        for (ActionStatus status : ActionStatus.values()) {
            statuses.add(statusButton(action, status));
        }
        Button edit = new Button(VaadinIcon.EDIT.create(), click -> fireEvent(new CardEvents.EditEvent(this)));
        edit.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        edit.setAriaLabel(getTranslation("board.action.edit"));
        edit.addClassName("action-edit");
        statuses.add(edit);
        add(new Div(owner, new Span(" · "), due), statuses);
        if (action.ownerId() == null && action.status() != ActionStatus.DONE) {
            // A disabled button says why: the reason stands next to it, not only in a tooltip a touch board cannot show.
            Span why = new Span(getTranslation("board.action.doneNeedsOwner"));
            why.addClassName("action-done-why");
            add(why);
        }
        addComments();
    }

    private Button statusButton(ActionCard action, ActionStatus status) {
        Button button = new Button(getTranslation("board.action.status." + status),
                click -> fireEvent(new CardEvents.StatusEvent(this, status)));
        button.addThemeVariants(ButtonVariant.LUMO_SMALL,
                status == action.status() ? ButtonVariant.LUMO_PRIMARY : ButtonVariant.LUMO_TERTIARY);
        button.addClassName("status-" + status.name().toLowerCase());
        button.setEnabled(status != action.status()
                && !(status == ActionStatus.DONE && action.ownerId() == null));
        if (status == ActionStatus.DONE && action.ownerId() == null) {
            button.getElement().setAttribute("title", getTranslation("board.action.doneNeedsOwner"));
        }
        return button;
    }

    @Override
    long version() {
        return data().version();
    }
}
