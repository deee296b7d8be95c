package nl.bordspiegel.board;

import static nl.bordspiegel.BoardTestSchool.TEAM_B;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.springframework.security.access.AccessDeniedException;

import nl.bordspiegel.BoardTestSchool;
import nl.bordspiegel.FixedTime;
import nl.bordspiegel.shared.Vocabulary.ActionStatus;
import nl.bordspiegel.shared.Vocabulary.CommentKind;
import nl.bordspiegel.shared.Vocabulary.IdeaStatus;

/** One card as a board screen applies a change: as the whole board would show it, or gone. */
class BoardCardUpdateTest extends SignedInAsTina {

    @Test
    void aCardIsReadAsTheWholeBoardShowsIt() {
        long action = boards.addAction(teamA, tina, "Kussens bestellen", null, null);
        long idea = boards.addIdea(teamA, tina, "Leesmaatjes");
        long question = boards.addComment(teamA, tina, CommentKind.QUESTION, "Wie heeft de sleutel?", null, null);

        Board board = boards.board(teamA);
        assertThat(boards.card(teamA, CardKind.ACTION, action).card()).contains(
                board.actions().stream().filter(card -> card.id() == action).findFirst().orElseThrow());
        assertThat(boards.card(teamA, CardKind.IDEA, idea).card()).contains(
                board.ideas().stream().filter(card -> card.id() == idea).findFirst().orElseThrow());
        CardUpdate asked = boards.card(teamA, CardKind.COMMENT, question);
        assertThat(asked.ref()).isEqualTo(new CardRef(CardKind.COMMENT, question));
        assertThat(asked.card()).contains(board.questions().stream().filter(card -> card.id() == question)
                .findFirst().orElseThrow());
    }

    @Test
    void aCommentAboutACardTouchesThatCardWithItsNumberOfComments() {
        long success = boards.addSuccess(teamA, tina, "Rustige gang");
        long comment = boards.addComment(teamA, tina, CommentKind.COMMENT, "Mooi", CardKind.SUCCESS, success);

        CardUpdate update = boards.card(teamA, CardKind.COMMENT, comment);
        assertThat(update.ref()).isEqualTo(new CardRef(CardKind.SUCCESS, success));
        assertThat(update.comments()).isEqualTo(1);

        boards.deleteCard(CardKind.COMMENT, comment, 0);
        assertThat(boards.card(teamA, CardKind.COMMENT, comment).comments()).isZero();
    }

    @Test
    void aCardThatLeftTheBoardComesBackAsGone() {
        long dropped = boards.addIdea(teamA, tina, "Laten vallen");
        boards.decideIdea(dropped, 0, IdeaStatus.DROPPED);
        long deleted = boards.addSuccess(teamA, tina, "Per ongeluk");
        boards.deleteCard(CardKind.SUCCESS, deleted, 0);
        long done = boards.addAction(teamA, tina, "Lang geleden klaar", tina, null);
        boards.changeActionStatus(done, 0, ActionStatus.DONE);

        assertThat(boards.card(teamA, CardKind.IDEA, dropped).card()).isEmpty();
        assertThat(boards.card(teamA, CardKind.SUCCESS, deleted).card()).isEmpty();
        assertThat(boards.card(teamA, CardKind.ACTION, done).card()).as("done this week: still shown").isPresent();
        FixedTime.advance(context, Duration.ofDays(7 * BoardService.CLOSED_ACTIONS_WEEKS + 1));
        assertThat(boards.card(teamA, CardKind.ACTION, done).card()).as("closed more than six weeks ago").isEmpty();
    }

    @Test
    void anotherTeamsCardIsRefused() {
        assertThatThrownBy(() -> boards.card(school.team(TEAM_B), CardKind.ACTION, 1))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void theBoardsColumnsAreInTheOrderAScreenPutsOneCardIn() {
        boards.addAction(teamA, tina, "Later", null, FixedTime.today(context).plusWeeks(3));
        boards.addAction(teamA, tina, "Zonder datum", null, null);
        boards.addAction(teamA, tina, "Eerst", null, FixedTime.today(context).plusDays(1));
        boards.addSuccess(teamA, tina, "Een");
        boards.addSuccess(teamA, tina, "Twee");

        Board board = boards.board(teamA);
        assertThat(board.actions()).isSortedAccordingTo(BoardOrder.ACTIONS);
        assertThat(board.successes()).isSortedAccordingTo(BoardOrder.SUCCESSES);
        assertThat(board.ideas()).isSortedAccordingTo(BoardOrder.IDEAS);
        assertThat(board.goals()).isSortedAccordingTo(BoardOrder.GOALS);
        assertThat(board.questions()).isSortedAccordingTo(BoardOrder.QUESTIONS);
    }
}
