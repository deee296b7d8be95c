package nl.bordspiegel.board.ui;

import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.function.ToLongFunction;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;

import com.vaadin.flow.component.dialog.Dialog;

import nl.bordspiegel.board.ActionCard;
import nl.bordspiegel.board.BoardService;
import nl.bordspiegel.board.CardChangedException;
import nl.bordspiegel.board.CardKind;
import nl.bordspiegel.board.CommentCard;
import nl.bordspiegel.board.GoalCard;
import nl.bordspiegel.board.IdeaCard;
import nl.bordspiegel.board.SuccessCard;
import nl.bordspiegel.school.PersonSummary;
import nl.bordspiegel.shared.InputErrors;

/**
 * Opens the right dialog to change a card and saves it through the service. Whatever
 * happens, nothing typed is lost: a refusal stands on its field, and when someone else saved
 * first the dialog stays open and the next save goes on top of their version.
 */
final class CardEditors {

    private final BoardService boards;
    private final BoardNotices notices;
    private final Runnable refresh;
    private final ToLongFunction<String> shownVersion;
    private final Supplier<List<PersonSummary>> owners;
    /** Shows the board again after a save, with the keyboard focus on the card by this key. */
    private final Consumer<String> saved;

    CardEditors(BoardService boards, BoardNotices notices, Runnable refresh, ToLongFunction<String> shownVersion,
                Supplier<List<PersonSummary>> owners, Consumer<String> saved) {
        this.saved = saved;
        this.boards = boards;
        this.notices = notices;
        this.refresh = refresh;
        this.shownVersion = shownVersion;
        this.owners = owners;
    }

    void edit(BoardCardView<?> card) {
        Object data = card.data();
        String key = card.key();
        if (data instanceof SuccessCard success) {
            editText(key, card.version(), success.text(), (v, text) -> boards.editSuccess(success.id(), v, text));
        } else if (data instanceof IdeaCard idea) {
            editText(key, card.version(), idea.text(), (v, text) -> boards.editIdea(idea.id(), v, text));
        } else if (data instanceof CommentCard comment) {
            editComment(comment);
        } else if (data instanceof GoalCard goal) {
            editGoal(goal);
        } else if (data instanceof ActionCard action) {
            editAction(action);
        }
    }

    void editComment(CommentCard comment) {
        editText(BoardCardView.key(CardKind.COMMENT, comment.id()), comment.version(), comment.text(),
                (v, text) -> boards.editComment(comment.id(), v, text));
    }

    private interface TextSave {
        void save(long version, String text);
    }

    private void editText(String key, long shown, String current, TextSave save) {
        TextEditDialog dialog = new TextEditDialog(current);
        long[] version = {shown};
        dialog.onSave(event -> saveFrom(dialog, dialog.form(), key, version, () -> save.save(version[0], event.text())));
        dialog.open();
    }

    private void editGoal(GoalCard goal) {
        GoalEditDialog dialog = new GoalEditDialog(goal);
        long[] version = {goal.version()};
        dialog.onSave(save -> saveFrom(dialog, dialog.form(), BoardCardView.key(CardKind.GOAL, goal.id()), version,
                () -> boards.editGoal(goal.id(), version[0], save.title(), save.measure(), save.target(), save.start(),
                        save.end())));
        dialog.open();
    }

    /**
     * Saves what a dialog holds. A refusal stands on its field; when someone else saved first
     * the dialog stays open and the next save goes on top of their version; a card that is gone
     * closes the dialog and says so.
     */
    private void saveFrom(Dialog dialog, InputErrors.Form form, String key, long[] version, Runnable save) {
        try {
            if (form.submit(save)) {
                dialog.close();
                saved.accept(key);
            }
        } catch (OptimisticLockingFailureException conflict) {
            if (isGone(conflict)) {
                gone(dialog);
            } else {
                version[0] = overtaken(key, version[0]);
            }
        } catch (AccessDeniedException denied) {
            gone(dialog);
        }
    }

    private void editAction(ActionCard action) {
        ActionEditDialog dialog = new ActionEditDialog(action, owners.get());
        dialog.onSave(save -> {
            try {
                if (dialog.form().submit(() -> boards.editAction(action.id(), save.version(), save.title(),
                        save.ownerId(), save.due()))) {
                    dialog.close();
                    saved.accept(BoardCardView.key(CardKind.ACTION, action.id()));
                }
            } catch (OptimisticLockingFailureException conflict) {
                if (isGone(conflict)) {
                    gone(dialog);
                } else {
                    dialog.overtakenBy(boards.action(action.id()));
                    notices.conflict();
                }
            }
        });
        dialog.open();
    }

    private static boolean isGone(OptimisticLockingFailureException conflict) {
        return conflict instanceof CardChangedException changed && changed.gone();
    }

    /** Someone else saved first: the board shows their version, the dialog keeps ours to save on top. */
    private long overtaken(String key, long seen) {
        notices.conflict();
        refresh.run();
        long now = shownVersion.applyAsLong(key);
        return now < 0 ? seen : now;
    }

    private void gone(Dialog dialog) {
        dialog.close();
        notices.error(dialog.getTranslation("board.card.gone"));
        refresh.run();
    }
}
