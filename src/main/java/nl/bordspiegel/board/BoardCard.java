package nl.bordspiegel.board;

/** Any card as a board shows it: what a screen needs to tell one card from another and a change from a conflict. */
public sealed interface BoardCard permits GoalCard, IdeaCard, ActionCard, SuccessCard, CommentCard {

    long id();

    long version();
}
