package nl.bordspiegel.board;

import java.util.Optional;

/**
 * What deciding an idea left: the idea's version after the decision, which its undo must still
 * find (so an undo never takes back a later decision of someone else), and, when the idea was
 * adopted, the action it became.
 */
public record IdeaDecision(long ideaVersion, Long adoptedActionId) {

    /** The new action, when the idea was adopted. */
    public Optional<Long> action() {
        return Optional.ofNullable(adoptedActionId);
    }
}
