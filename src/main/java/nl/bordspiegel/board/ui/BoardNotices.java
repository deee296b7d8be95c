package nl.bordspiegel.board.ui;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;

import nl.bordspiegel.board.CardChangedException;
import nl.bordspiegel.shared.InputErrors;
import nl.bordspiegel.shared.InvalidInputException;
import nl.bordspiegel.shared.Messages;

/**
 * How the board tells the user what happened: in words, never with a stack trace; with
 * "Ongedaan maken" after a change that can be undone; with a question before an odd one.
 */
final class BoardNotices {

    private final Component view;
    private final Runnable refresh;

    BoardNotices(Component view, Runnable refresh) {
        this.view = view;
        this.refresh = refresh;
    }

    /**
     * Runs a one-click change; says so in words when it was refused or overtaken. Anything
     * else is not a refusal the board knows, and goes on to the calm error handler.
     */
    boolean attempt(Runnable change) {
        try {
            change.run();
            return true;
        } catch (OptimisticLockingFailureException conflict) {
            overtaken(conflict, "board.conflict.click");
        } catch (AccessDeniedException denied) {
            error(view.getTranslation("board.refused.text"));
        } catch (InvalidInputException invalid) {
            error(invalid.message(locale()));
        }
        return false;
    }

    /**
     * Runs what a form asks: a refusal stands on the form's field and what was typed stays;
     * a conflict or a refused team is told as for any change.
     */
    boolean attempt(InputErrors.Form form, Runnable change) {
        boolean[] saved = {false};
        return attempt(() -> saved[0] = form.submit(change)) && saved[0];
    }

    /** Someone else got there first: the board shows what is there now, and says whether the card is gone. */
    private void overtaken(OptimisticLockingFailureException conflict, String changedKey) {
        if (conflict instanceof CardChangedException changed && changed.gone()) {
            error(view.getTranslation("board.card.gone"));
        } else {
            Notification.show(view.getTranslation(changedKey), 6000, Notification.Position.MIDDLE)
                    .addThemeVariants(NotificationVariant.LUMO_WARNING);
        }
        refresh.run();
    }

    void conflict() {
        Notification.show(view.getTranslation("board.conflict"), 6000, Notification.Position.MIDDLE)
                .addThemeVariants(NotificationVariant.LUMO_WARNING);
    }

    void error(String text) {
        Notification.show(text, 5000, Notification.Position.MIDDLE).addThemeVariants(NotificationVariant.LUMO_ERROR);
    }

    void confirm(String titleKey, String text, String confirmKey, Runnable onYes) {
        ConfirmDialog dialog = new ConfirmDialog();
        dialog.setId("board-confirm");
        dialog.addClassName("board-overlay");
        dialog.setHeader(view.getTranslation(titleKey));
        dialog.setText(text);
        dialog.setCancelable(true);
        dialog.setCancelText(view.getTranslation("board.cancel"));
        dialog.setConfirmText(view.getTranslation(confirmKey));
        dialog.addConfirmListener(yes -> onYes.run());
        dialog.open();
    }

    /**
     * Says what happened, with "Ongedaan maken" for as long as the notification shows; after
     * the undo, {@code shown} shows the cards it touched.
     */
    void offerUndo(String text, Runnable undo, Runnable shown) {
        Notification notification = new Notification();
        notification.setId("board-undo-notification");
        Button button = new Button(view.getTranslation("board.undo"), click -> {
            notification.close();
            if (attempt(undo)) {
                shown.run();
            }
        });
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        button.addClassName("board-undo");
        notification.add(new HorizontalLayout(new Span(text), button));
        notification.setDuration(10000);
        notification.setPosition(Notification.Position.BOTTOM_START);
        notification.open();
    }

    private java.util.Locale locale() {
        return view.getUI().map(UI::getLocale).orElse(Messages.DUTCH);
    }

    String format(double value) {
        return value == Math.rint(value) ? String.valueOf((long) value)
                : String.format(locale(), "%.1f", value);
    }
}
