package nl.bordspiegel.board;

import java.util.List;

import nl.bordspiegel.school.PersonSummary;
import nl.bordspiegel.school.TeamSummary;

/**
 * Everything one screen of a team's board shows. {@code authors} is who a card may be
 * written for (the team, its leaders and coaches, and the signed-in person);
 * {@code owners} is who may own an action (members and leaders following the team).
 */
public record Board(TeamSummary team, long signedInPersonId, List<PersonSummary> authors,
                    List<PersonSummary> owners, List<GoalCard> goals, List<IdeaCard> ideas,
                    List<ActionCard> actions, List<SuccessCard> successes, List<CommentCard> comments) {

    public Board {
        authors = List.copyOf(authors);
        owners = List.copyOf(owners);
        goals = List.copyOf(goals);
        ideas = List.copyOf(ideas);
        actions = List.copyOf(actions);
        successes = List.copyOf(successes);
        comments = List.copyOf(comments);
    }

    public List<ActionCard> openActions() {
        return actions.stream().filter(action -> action.status().isOpen()).toList();
    }
}
