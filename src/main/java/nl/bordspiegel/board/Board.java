package nl.bordspiegel.board;

import java.util.List;
import java.util.Map;

import nl.bordspiegel.school.PersonSummary;
import nl.bordspiegel.school.TeamSummary;

/**
 * Everything one screen of a team's board shows. {@code authors} is who a card may be
 * written for (the team, its leaders and coaches, and the signed-in person);
 * {@code owners} is who may own an action (members and leaders following the team).
 * {@code questions} are the remarks about the board as a whole; of the comments about a card
 * only their number is here ({@code commentCounts}): they are read when someone unfolds them.
 * Ideas parked longer than a cycle ago are only counted ({@code olderParkedIdeas}): the board
 * shows the present, and they are one click away. So are open actions whose due date passed more
 * than a cycle ago ({@code longOverdueActions}): still open, and still reviewed in a session,
 * but a team that lets years of them pile up does not get a board that grows with them.
 */
public record Board(TeamSummary team, long signedInPersonId, List<PersonSummary> authors,
                    List<PersonSummary> owners, List<GoalCard> goals, List<IdeaCard> ideas,
                    List<ActionCard> actions, List<SuccessCard> successes, List<CommentCard> questions,
                    Map<CardRef, Integer> commentCounts, int olderParkedIdeas,
                    int longOverdueActions) {

    public Board {
        authors = List.copyOf(authors);
        owners = List.copyOf(owners);
        goals = List.copyOf(goals);
        ideas = List.copyOf(ideas);
        actions = List.copyOf(actions);
        successes = List.copyOf(successes);
        questions = List.copyOf(questions);
        commentCounts = Map.copyOf(commentCounts);
    }

    public List<ActionCard> openActions() {
        return actions.stream().filter(action -> action.status().isOpen()).toList();
    }

    /** How many comments the board shows under this card. */
    public int comments(CardKind kind, long cardId) {
        return commentCounts.getOrDefault(new CardRef(kind, cardId), 0);
    }
}
