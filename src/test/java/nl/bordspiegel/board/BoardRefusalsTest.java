package nl.bordspiegel.board;

import static nl.bordspiegel.BoardTestSchool.TOM;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import nl.bordspiegel.BoardTestSchool;
import nl.bordspiegel.shared.InvalidInputException;
import nl.bordspiegel.shared.Messages;
import nl.bordspiegel.shared.Vocabulary.ActionStatus;
import nl.bordspiegel.shared.Vocabulary.CommentKind;
import nl.bordspiegel.shared.Vocabulary.IdeaStatus;

/**
 * Issue 12, one path for bad input: what a user can cause on the board is refused with the
 * project's own types. Bad input is an {@link InvalidInputException} naming its field; a card
 * that someone else changed, decided or deleted is a {@link CardChangedException}.
 */
class BoardRefusalsTest extends SignedInAsTina {

    @Test
    void aGoalIsRefusedAtTheFieldThatIsWrongAndNothingIsStored() {
        int before = boards.board(teamA).goals().size();
        LocalDate today = school.today();

        assertRefusedAt(() -> boards.addGoal(teamA, "  ", null, null, null, null), BoardFields.TITLE,
                "De titel is verplicht.");
        assertRefusedAt(() -> boards.addGoal(teamA, "Leesplezier", "x".repeat(501), null, null, null),
                BoardFields.MEASURE, "De meetlat mag hoogstens 500 tekens hebben.");
        assertRefusedAt(() -> boards.addGoal(teamA, "Leesplezier", null, Double.NaN, null, null), BoardFields.TARGET,
                "Vul bij de streefwaarde een getal in, bijvoorbeeld 80.");
        assertRefusedAt(() -> boards.addGoal(teamA, "Leesplezier", null, Double.POSITIVE_INFINITY, null, null),
                BoardFields.TARGET, "Vul bij de streefwaarde een getal in, bijvoorbeeld 80.");
        assertRefusedAt(() -> boards.addGoal(teamA, "Leesplezier", null, null, today, today.minusDays(1)),
                BoardFields.ENDS_ON, "Een doel kan niet eindigen voordat het begint.");
        assertThat(boards.board(teamA).goals()).hasSize(before);
    }

    @Test
    void aDoneActionKeepsItsOwnerAndTheRefusalNamesTheOwnerField() {
        long action = boards.addAction(teamA, tina, "Klaar en van Tom", school.person(TOM), null);
        long version = boards.changeActionStatus(action, 0, ActionStatus.DONE);

        assertRefusedAt(() -> boards.editAction(action, version, "Klaar en van niemand", null, null), BoardFields.OWNER,
                "Een actie die klaar is, houdt haar eigenaar.");
        assertThat(boards.action(action).ownerName()).isEqualTo("Tom Terpstra");
    }

    @Test
    void aCardDeletedOnAnotherScreenIsGoneForWhoeverStillShowsIt() {
        long success = boards.addSuccess(teamA, tina, "Twee keer weggehaald");
        boards.deleteCard(CardKind.SUCCESS, success, 0);

        assertGone(() -> boards.deleteCard(CardKind.SUCCESS, success, 0));
        assertGone(() -> boards.editSuccess(success, 1, "Nog even anders"));
    }

    @Test
    void aDeletionUndoneTwiceIsAConflictNotAnError() {
        long idea = boards.addIdea(teamA, tina, "Eén keer terug");
        boards.deleteCard(CardKind.IDEA, idea, 0);
        boards.restoreCard(CardKind.IDEA, idea);

        assertThatThrownBy(() -> boards.restoreCard(CardKind.IDEA, idea))
                .isInstanceOfSatisfying(CardChangedException.class, changed -> assertThat(changed.gone()).isFalse());
    }

    @Test
    void anActionTakenBackWithItsIdeasDecisionIsGoneForTheScreenThatStillShowsIt() {
        long idea = boards.addIdea(teamA, tina, "Even geprobeerd");
        IdeaDecision adopted = boards.decideIdea(idea, 0, IdeaStatus.ADOPTED);
        long action = adopted.action().orElseThrow();
        boards.undoIdeaDecision(idea, adopted.ideaVersion(), IdeaStatus.NEW);

        assertGone(() -> boards.changeActionStatus(action, 0, ActionStatus.IN_PROGRESS));
        assertGone(() -> boards.addComment(teamA, tina, CommentKind.QUESTION, "Wie doet dit?", CardKind.ACTION, action));
    }

    @Test
    void aDecisionUndoneTwiceIsAConflict() {
        long idea = boards.addIdea(teamA, tina, "Twee keer ongedaan");
        long parked = boards.decideIdea(idea, 0, IdeaStatus.PARKED).ideaVersion();
        boards.undoIdeaDecision(idea, parked, IdeaStatus.NEW);

        assertThatThrownBy(() -> boards.undoIdeaDecision(idea, parked, IdeaStatus.NEW))
                .isInstanceOf(CardChangedException.class);
    }

    @Test
    void undoingAParkAfterSomeoneElseAdoptedTheIdeaIsAConflictAndTheirAdoptionStays() {
        long idea = boards.addIdea(teamA, tina, "Geparkeerd, toen toch gedaan");
        long parked = boards.decideIdea(idea, 0, IdeaStatus.PARKED).ideaVersion();
        long action = boards.decideIdea(idea, parked, IdeaStatus.ADOPTED).action().orElseThrow();

        assertThatThrownBy(() -> boards.undoIdeaDecision(idea, parked, IdeaStatus.NEW))
                .isInstanceOfSatisfying(CardChangedException.class, changed -> assertThat(changed.gone()).isFalse());

        assertThat(boards.action(action).title()).isEqualTo("Geparkeerd, toen toch gedaan");
        assertThat(boards.board(teamA).actions()).anyMatch(card -> card.id() == action);
        assertThat(boards.board(teamA).ideas()).noneMatch(card -> card.id() == idea);
    }

    private static void assertRefusedAt(Runnable change, String field, String dutchStart) {
        assertThatThrownBy(change::run).isInstanceOfSatisfying(InvalidInputException.class, refused -> {
            assertThat(refused.field()).isEqualTo(field);
            assertThat(refused.message(Messages.DUTCH)).startsWith(dutchStart);
        });
    }

    private static void assertGone(Runnable change) {
        assertThatThrownBy(change::run)
                .isInstanceOfSatisfying(CardChangedException.class, changed -> assertThat(changed.gone()).isTrue());
    }
}
