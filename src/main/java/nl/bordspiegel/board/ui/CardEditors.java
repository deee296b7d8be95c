package nl.bordspiegel.board.ui;

import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.function.ToLongFunction;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;

import nl.bordspiegel.board.ActionCard;
import nl.bordspiegel.board.BoardService;
import nl.bordspiegel.board.CardKind;
import nl.bordspiegel.board.CommentCard;
import nl.bordspiegel.board.GoalCard;
import nl.bordspiegel.board.IdeaCard;
import nl.bordspiegel.board.SuccessCard;
import nl.bordspiegel.school.PersonSummary;
import nl.bordspiegel.shared.InputErrors;
import nl.bordspiegel.shared.InvalidInputException;

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
        dialog.onSave(event -> {
            try {
                save.save(version[0], event.text());
                dialog.close();
                saved.accept(key);
            } catch (OptimisticLockingFailureException conflict) {
                version[0] = overtaken(key, version[0]);
            } catch (InvalidInputException invalid) {
                InputErrors.show(invalid, dialog.field());
            } catch (IllegalArgumentException | IllegalStateException | AccessDeniedException gone) {
                gone(dialog);
            }
        });
        dialog.open();
    }

    private void editGoal(GoalCard goal) {
        GoalEditDialog dialog = new GoalEditDialog(goal);
        String key = BoardCardView.key(CardKind.GOAL, goal.id());
        long[] version = {goal.version()};
        dialog.onSave(save -> {
            try {
                boards.editGoal(goal.id(), version[0], save.title(), save.measure(), save.target(), save.start(),
                        save.end());
                dialog.close();
                saved.accept(key);
            } catch (OptimisticLockingFailureException conflict) {
                version[0] = overtaken(key, version[0]);
            } catch (InvalidInputException invalid) {
                if ("endsOn".equals(invalid.field())) {
                    InputErrors.show(invalid, dialog.endField());
                } else {
                    InputErrors.show(invalid, dialog.titleField());
                }
            } catch (IllegalArgumentException | IllegalStateException | AccessDeniedException gone) {
                gone(dialog);
            }
        });
        dialog.open();
    }

    private void editAction(ActionCard action) {
        ActionEditDialog dialog = new ActionEditDialog(action, owners.get());
        dialog.onSave(save -> {
            try {
                boards.editAction(action.id(), save.version(), save.title(), save.ownerId(), save.due());
                dialog.close();
                saved.accept(BoardCardView.key(CardKind.ACTION, action.id()));
            } catch (OptimisticLockingFailureException conflict) {
                dialog.overtakenBy(boards.action(action.id()));
                notices.conflict();
            } catch (InvalidInputException invalid) {
                InputErrors.show(invalid, dialog.titleField());
            } catch (IllegalArgumentException | IllegalStateException refused) {
                notices.error(dialog.getTranslation("board.action.refused"));
            }
        });
        dialog.open();
    }

    /** Someone else saved first: the board shows their version, the dialog keeps ours to save on top. */
    private long overtaken(String key, long seen) {
        notices.conflict();
        refresh.run();
        long now = shownVersion.applyAsLong(key);
        return now < 0 ? seen : now;
    }

    private void gone(com.vaadin.flow.component.dialog.Dialog dialog) {
        dialog.close();
        notices.error(dialog.getTranslation("board.card.gone"));
        refresh.run();
    }
}
