package nl.bordspiegel.board;

import static nl.bordspiegel.BoardTestSchool.BAS;
import static nl.bordspiegel.BoardTestSchool.OTTO;
import static nl.bordspiegel.BoardTestSchool.TINA;
import static nl.bordspiegel.BoardTestSchool.TOM;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;

import com.vaadin.flow.shared.Registration;

import nl.bordspiegel.BoardTestSchool;
import nl.bordspiegel.FixedTime;
import nl.bordspiegel.shared.BoardBroadcaster;
import nl.bordspiegel.shared.BoardEvent;
import nl.bordspiegel.shared.InvalidInputException;
import nl.bordspiegel.shared.Vocabulary.ActionStatus;
import nl.bordspiegel.shared.Vocabulary.CommentKind;
import nl.bordspiegel.shared.Vocabulary.IdeaStatus;

/** Issue 14: every card kind is edited and deleted, a deletion and a decision are undone, and each is refused outside the team. */
class BoardCorrectionsTest extends SignedInAsTina {

    @Autowired
    BoardBroadcaster live;

    @Test
    void successIdeaAndCommentAreRewordedOnTopOfTheVersionTheUserSaw() {
        long success = boards.addSuccess(teamA, tina, "Rustig begin");
        long idea = boards.addIdea(teamA, tina, "Leesmaatjes");
        long comment = boards.addComment(teamA, tina, CommentKind.QUESTION, "Wie doet mee?", null, null);

        boards.editSuccess(success, 0, "Rustig begin na de pauze");
        boards.editIdea(idea, 0, "Leesmaatjes uit groep 8");
        boards.editComment(comment, 0, "Wie doet er mee?");

        Board board = boards.board(teamA);
        assertThat(board.successes()).anySatisfy(card -> assertThat(card.text()).isEqualTo("Rustig begin na de pauze"));
        assertThat(board.ideas()).anySatisfy(card -> assertThat(card.text()).isEqualTo("Leesmaatjes uit groep 8"));
        assertThat(board.questions()).anySatisfy(card -> assertThat(card.text()).isEqualTo("Wie doet er mee?"));
        assertThatThrownBy(() -> boards.editSuccess(success, 0, "Oud")).as("someone saved in between")
                .isInstanceOf(OptimisticLockingFailureException.class);
        assertThatThrownBy(() -> boards.editIdea(idea, 1, " ")).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void aGoalsTitleMeasureTargetAndPeriodAreEditedButItCannotEndBeforeItStarts() {
        long goal = boards.addGoal(teamA, "Leesplezier", "aantal boeken", 10.0, null, null);
        var today = FixedTime.today(context);

        boards.editGoal(goal, 0, "Meer leesplezier", "% dat dagelijks leest", 85.0, today, today.plusWeeks(4));

        GoalCard card = goalCard(goal);
        assertThat(card.title()).isEqualTo("Meer leesplezier");
        assertThat(card.measure()).isEqualTo("% dat dagelijks leest");
        assertThat(card.target()).isEqualTo(85.0);
        assertThat(card.endsOn()).isEqualTo(today.plusWeeks(4));
        assertThatThrownBy(() -> boards.editGoal(goal, 1, "Leesplezier", null, null, today, today.minusDays(1)))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        refused -> assertThat(refused.field()).isEqualTo("endsOn"));
    }

    @Test
    void aDeletedCardLeavesTheBoardAndComesBackWithItsCommentsWhenUndone() {
        long success = boards.addSuccess(teamA, tina, "Per ongeluk getypt");
        boards.addComment(teamA, tina, CommentKind.COMMENT, "Mooi zo", CardKind.SUCCESS, success);

        boards.deleteCard(CardKind.SUCCESS, success, 0);
        assertThat(boards.board(teamA).successes()).noneMatch(card -> card.id() == success);
        assertThatThrownBy(() -> boards.editSuccess(success, 1, "Te laat")).as("a deleted card is not edited")
                .isInstanceOfSatisfying(CardChangedException.class, changed -> assertThat(changed.gone()).isTrue());

        boards.restoreCard(CardKind.SUCCESS, success);
        Board board = boards.board(teamA);
        assertThat(board.successes()).anySatisfy(card -> assertThat(card.id()).isEqualTo(success));
        assertThat(board.comments(CardKind.SUCCESS, success)).isEqualTo(1);
        assertThat(boards.comments(teamA, CardKind.SUCCESS, success)).anySatisfy(card -> {
            assertThat(card.cardId()).isEqualTo(success);
            assertThat(card.text()).isEqualTo("Mooi zo");
        });
    }

    @Test
    void everyCardKindCanBeDeletedAndAnUndoComesTooLateAfterHalfAnHour() {
        long goal = boards.addGoal(teamA, "Weg ermee", null, null, null, null);
        long idea = boards.addIdea(teamA, tina, "Weg idee");
        long comment = boards.addComment(teamA, tina, CommentKind.QUESTION, "Weg vraag?", null, null);

        boards.deleteCard(CardKind.GOAL, goal, 0);
        boards.deleteCard(CardKind.IDEA, idea, 0);
        boards.deleteCard(CardKind.COMMENT, comment, 0);
        Board board = boards.board(teamA);
        assertThat(board.goals()).noneMatch(card -> card.id() == goal);
        assertThat(board.ideas()).noneMatch(card -> card.id() == idea);
        assertThat(board.questions()).noneMatch(card -> card.id() == comment);

        FixedTime.advance(context, Duration.ofMinutes(31));
        assertThatThrownBy(() -> boards.restoreCard(CardKind.GOAL, goal)).isInstanceOfSatisfying(
                InvalidInputException.class, refused -> assertThat(refused.messageKey()).isEqualTo("board.undo.tooLate"));
        assertThat(boards.board(teamA).goals()).noneMatch(card -> card.id() == goal);
    }

    @Test
    void aMeasurementIsCorrectedDeletedAndPutBack() {
        long goal = boards.addGoal(teamA, "Op tijd", "% op tijd", 90.0, null, null);
        boards.addMeasurement(goal, FixedTime.today(context).minusDays(7), 70);
        boards.addMeasurement(goal, FixedTime.today(context), 800);

        boards.correctMeasurement(goal, goalCard(goal).version(), 1, 80);
        assertThat(values(goal)).containsExactly(70.0, 80.0);

        GoalCard.MeasurementPoint removed = boards.deleteMeasurement(goal, goalCard(goal).version(), 0);
        assertThat(values(goal)).containsExactly(80.0);

        boards.addMeasurement(goal, removed.measuredOn(), removed.value());
        assertThat(values(goal)).containsExactly(70.0, 80.0);
    }

    @Test
    void aClosedGoalIsReopenedWithoutItsOutcome() {
        long goal = boards.addGoal(teamA, "Per ongeluk afgesloten", null, null, null, null);
        boards.closeGoal(goal, 0, GoalOutcome.STOPPED, "mis geklikt");

        boards.reopenGoal(goal, goalCard(goal).version());

        GoalCard card = goalCard(goal);
        assertThat(card.running()).isTrue();
        assertThat(card.outcomeNote()).isNull();
        boards.addMeasurement(goal, null, 3);
        assertThat(values(goal)).containsExactly(3.0);
    }

    @Test
    void parkDropAndAdoptAreUndoneAndAnAdoptedIdeasUntouchedActionGoesWithIt() {
        long parked = boards.addIdea(teamA, tina, "Parkeer mij");
        long dropped = boards.addIdea(teamA, tina, "Laat mij vallen");
        long adopted = boards.addIdea(teamA, tina, "Neem mij over");
        IdeaDecision park = boards.decideIdea(parked, 0, IdeaStatus.PARKED);
        IdeaDecision drop = boards.decideIdea(dropped, 0, IdeaStatus.DROPPED);
        IdeaDecision adopt = boards.decideIdea(adopted, 0, IdeaStatus.ADOPTED);
        long action = adopt.action().orElseThrow();

        boards.undoIdeaDecision(parked, park.ideaVersion(), IdeaStatus.NEW);
        boards.undoIdeaDecision(dropped, drop.ideaVersion(), IdeaStatus.NEW);
        boards.undoIdeaDecision(adopted, adopt.ideaVersion(), IdeaStatus.NEW);

        Board board = boards.board(teamA);
        assertThat(board.ideas()).filteredOn(idea -> List.of(parked, dropped, adopted).contains(idea.id()))
                .extracting(IdeaCard::status).containsOnly(IdeaStatus.NEW).hasSize(3);
        assertThat(board.actions()).noneMatch(card -> card.id() == action);
    }

    @Test
    void anAdoptedIdeaWhoseActionWasTakenUpIsNotUndone() {
        long idea = boards.addIdea(teamA, tina, "Al mee bezig");
        IdeaDecision adopted = boards.decideIdea(idea, 0, IdeaStatus.ADOPTED);
        long action = adopted.action().orElseThrow();
        boards.changeActionStatus(action, 0, ActionStatus.IN_PROGRESS);

        assertThatThrownBy(() -> boards.undoIdeaDecision(idea, adopted.ideaVersion(), IdeaStatus.NEW)).isInstanceOf(CardChangedException.class);
        assertThat(boards.action(action).status()).isEqualTo(ActionStatus.IN_PROGRESS);
    }

    @Test
    void aClosedActionStaysOnTheBoardByTheDayItClosedNotTheDayItWasMade() {
        long action = boards.addAction(teamA, tina, "Oude actie", school.person(TOM), null);
        FixedTime.advance(context, Duration.ofDays(7 * BoardService.CLOSED_ACTIONS_WEEKS + 7));

        boards.changeActionStatus(action, 0, ActionStatus.DONE);

        assertThat(boards.board(teamA).actions()).anySatisfy(card -> assertThat(card.id()).isEqualTo(action));
        FixedTime.advance(context, Duration.ofDays(7 * BoardService.CLOSED_ACTIONS_WEEKS + 1));
        assertThat(boards.board(teamA).actions()).noneMatch(card -> card.id() == action);
    }

    @Test
    void anotherTeamsMemberAndAnotherSchoolCannotEditDeleteOrUndo() {
        long success = boards.addSuccess(teamA, tina, "Van team A");
        long idea = boards.addIdea(teamA, tina, "Idee van team A");
        long goal = boards.addGoal(teamA, "Doel van team A", null, 10.0, null, null);
        boards.addMeasurement(goal, null, 5);
        long deleted = boards.addSuccess(teamA, tina, "Verwijderd door team A");
        boards.deleteCard(CardKind.SUCCESS, deleted, 0);
        long parked = boards.decideIdea(idea, 0, IdeaStatus.PARKED).ideaVersion();

        for (String outsider : List.of(BAS, OTTO)) {
            school.signIn(outsider);
            assertThatThrownBy(() -> boards.editSuccess(success, 0, "Ingebroken")).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> boards.deleteCard(CardKind.SUCCESS, success, 0))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> boards.restoreCard(CardKind.SUCCESS, deleted))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> boards.undoIdeaDecision(idea, parked, IdeaStatus.NEW))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> boards.editGoal(goal, 1, "Ingebroken", null, null, null, null))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> boards.deleteMeasurement(goal, 1, 0)).isInstanceOf(AccessDeniedException.class);
        }
        school.signIn(TINA);
        assertThat(boards.board(teamA).successes()).anySatisfy(card -> assertThat(card.text()).isEqualTo("Van team A"));
        assertThat(values(goal)).containsExactly(5.0);
    }

    @Test
    void everyCorrectionIsInTheChangeLogAndALongCardIsLoggedWhole() {
        LocalDateTime before = FixedTime.now(context).minusSeconds(1);
        String longText = "Lang idee ".repeat(200).strip();
        long idea = boards.addIdea(teamA, tina, longText);
        boards.editIdea(idea, 0, longText + ".");
        boards.deleteCard(CardKind.IDEA, idea, 1);
        boards.restoreCard(CardKind.IDEA, idea);

        List<BoardChangeLine> lines = boards.changesBetween(teamA, before, FixedTime.now(context).plusSeconds(1));
        assertThat(lines).extracting(BoardChangeLine::kind).containsSubsequence(ChangeKind.CARD_ADDED,
                ChangeKind.CARD_EDITED, ChangeKind.CARD_DELETED, ChangeKind.CARD_RESTORED);
        assertThat(lines).anySatisfy(line -> assertThat(line.description()).isEqualTo(longText));
        assertThatThrownBy(() -> new BoardChangeEntry(teamA, before, tina, ChangeKind.CARD_ADDED, CardKind.IDEA, idea,
                "x".repeat(BoardChangeEntry.MAX_DESCRIPTION + 1))).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void aDeletionAndItsUndoReachTheOtherScreensAfterCommit() throws Exception {
        long success = boards.addSuccess(teamA, tina, "Live weg en terug");
        BlockingQueue<BoardEvent> seen = new LinkedBlockingQueue<>();
        Registration screen = live.register(teamA, new Object(), seen::add);
        try {
            boards.deleteCard(CardKind.SUCCESS, success, 0);
            boards.restoreCard(CardKind.SUCCESS, success);

            assertThat(List.of(seen.poll(10, TimeUnit.SECONDS), seen.poll(10, TimeUnit.SECONDS)))
                    .extracting(event -> ((BoardChanged) event).kind())
                    .containsExactly(ChangeKind.CARD_DELETED, ChangeKind.CARD_RESTORED);
        } finally {
            screen.remove();
        }
    }

    private GoalCard goalCard(long goal) {
        return boards.board(teamA).goals().stream().filter(card -> card.id() == goal).findFirst().orElseThrow();
    }

    private List<Double> values(long goal) {
        return goalCard(goal).measurements().stream().map(GoalCard.MeasurementPoint::value).toList();
    }
}
