package nl.bordspiegel.session.ui;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.shared.Registration;

import nl.bordspiegel.board.ActionCard;
import nl.bordspiegel.board.ActionReview;
import nl.bordspiegel.board.BoardTexts;
import nl.bordspiegel.shared.WidgetTexts;

/**
 * Open actions one by one: done, still open with a new date, or dropped. The order is
 * fixed when this screen first reaches the step, so a new date (which re-sorts the board's
 * list) never makes the review skip or repeat an action. Fires {@link ReviewEvent}; the
 * view calls {@link #reviewed} once the decision is stored.
 */
class ActionReviewPanel extends VerticalLayout {

    /** The actions in the order the review walks them; actions added later join at the end. */
    private final List<Long> order = new ArrayList<>();
    /** Reviewed or skipped on this screen: the review moves past them. */
    private final Set<Long> passed = new HashSet<>();

    ActionReviewPanel() {
        setPadding(false);
        setId("session-review");
    }

    /** Shows the next action to review among the team's open actions now. */
    void show(List<ActionCard> open) {
        removeAll();
        open.stream().map(ActionCard::id).filter(id -> !order.contains(id)).forEach(order::add);
        Map<Long, ActionCard> stillOpen = open.stream().collect(Collectors.toMap(ActionCard::id, Function.identity()));
        Optional<Long> current = order.stream().filter(id -> stillOpen.containsKey(id) && !passed.contains(id))
                .findFirst();
        if (current.isEmpty()) {
            add(new Paragraph(getTranslation(order.isEmpty() ? "session.review.none" : "session.review.done")));
            return;
        }
        add(card(stillOpen.get(current.get()), order.indexOf(current.get()) + 1, open));
    }

    /** The decision on this action is stored: the review moves on, also when the action stays open. */
    void reviewed(long actionId, List<ActionCard> open) {
        passed.add(actionId);
        show(open);
    }

    private VerticalLayout card(ActionCard action, int position, List<ActionCard> open) {
        VerticalLayout card = new VerticalLayout();
        card.setPadding(false);
        Paragraph which = new Paragraph(getTranslation("session.review.which", position, order.size()));
        H3 what = new H3(action.title());
        what.setId("session-review-action");
        if (action.overdue()) {
            what.addClassName("overdue");
        }
        Paragraph who = new Paragraph((action.ownerName() == null ? getTranslation("board.action.noOwner")
                : getTranslation("board.action.owner", action.ownerName())) + " · "
                + (action.dueOn() == null ? getTranslation("board.action.noDue")
                : getTranslation("board.action.due", BoardTexts.day(getLocale(), action.dueOn()))));
        Button done = new Button(getTranslation("session.review.doneButton"),
                click -> fireEvent(new ReviewEvent(this, action, ActionReview.DONE, null)));
        done.setId("review-done");
        done.addThemeVariants(ButtonVariant.LUMO_SUCCESS, ButtonVariant.LUMO_PRIMARY);
        DatePicker newDate = WidgetTexts.localised(new DatePicker(), getLocale());
        newDate.setPlaceholder(getTranslation("session.review.newDate"));
        newDate.setAriaLabel(getTranslation("session.review.newDate"));
        newDate.setId("review-new-date");
        Button postpone = new Button(getTranslation("session.review.postpone"), click -> {
            if (newDate.getValue() == null) {
                newDate.setInvalid(true);
                return;
            }
            fireEvent(new ReviewEvent(this, action, ActionReview.NEW_DATE, newDate.getValue()));
        });
        postpone.setId("review-postpone");
        Button drop = new Button(getTranslation("session.review.drop"),
                click -> fireEvent(new ReviewEvent(this, action, ActionReview.DROPPED, null)));
        drop.setId("review-drop");
        drop.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        Button skip = new Button(getTranslation("session.review.skip"), click -> {
            passed.add(action.id());
            show(open);
            fireEvent(new SkipEvent(this));
        });
        skip.setId("review-skip");
        skip.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        HorizontalLayout buttons = new HorizontalLayout(done, newDate, postpone, drop, skip);
        buttons.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        buttons.addClassName("session-review-buttons");
        card.add(which, what, who, buttons);
        // Done means someone did it: an action without an owner is not offered as done, and the screen says why.
        if (action.ownerId() == null) {
            done.setEnabled(false);
            Span why = new Span(getTranslation("session.review.doneNeedsOwner"));
            why.setId("review-done-why");
            why.addClassName("session-hint");
            done.getElement().setAttribute("aria-describedby", "review-done-why");
            card.add(why);
        }
        return card;
    }

    Registration addReviewListener(ComponentEventListener<ReviewEvent> listener) {
        return addListener(ReviewEvent.class, listener);
    }

    /** An action was skipped on this screen and the next one is shown. */
    Registration addSkipListener(ComponentEventListener<SkipEvent> listener) {
        return addListener(SkipEvent.class, listener);
    }

    static class SkipEvent extends ComponentEvent<ActionReviewPanel> {
        SkipEvent(ActionReviewPanel source) {
            super(source, false);
        }
    }

    static class ReviewEvent extends ComponentEvent<ActionReviewPanel> {
        private final ActionCard action;
        private final ActionReview decision;
        private final LocalDate newDue;

        ReviewEvent(ActionReviewPanel source, ActionCard action, ActionReview decision, LocalDate newDue) {
            super(source, false);
            this.action = action;
            this.decision = decision;
            this.newDue = newDue;
        }

        ActionCard action() { return action; }
        ActionReview decision() { return decision; }
        LocalDate newDue() { return newDue; }
    }
}
