package nl.bordspiegel.board;

import java.util.Comparator;

/**
 * The order of the cards in each column, the same as the board's queries sort them: a screen
 * that receives one changed card puts it where a fresh board would show it.
 */
public final class BoardOrder {

    public static final Comparator<GoalCard> GOALS = Comparator.comparingLong(GoalCard::id);
    public static final Comparator<IdeaCard> IDEAS = Comparator.comparing(IdeaCard::proposedOn)
            .thenComparingLong(IdeaCard::id);
    public static final Comparator<ActionCard> ACTIONS = Comparator.comparing(ActionCard::dueOn,
            Comparator.nullsLast(Comparator.naturalOrder())).thenComparingLong(ActionCard::id);
    /** Newest first: the success of this week stands on top. */
    public static final Comparator<SuccessCard> SUCCESSES = Comparator.comparing(SuccessCard::notedOn)
            .thenComparingLong(SuccessCard::id).reversed();
    public static final Comparator<CommentCard> QUESTIONS = Comparator.comparing(CommentCard::writtenOn)
            .thenComparingLong(CommentCard::id);

    private BoardOrder() {
    }
}
