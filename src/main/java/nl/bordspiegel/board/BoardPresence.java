package nl.bordspiegel.board;

import java.util.List;

import com.vaadin.flow.shared.Registration;

/**
 * Who has a team's board open right now. Kept behind this small interface: today one node
 * keeps it in memory ({@link InMemoryBoardPresence}); a cluster-wide one can take its place.
 */
public interface BoardPresence {

    /**
     * A screen opens the board. {@code onChange} runs (off the request thread) whenever someone
     * opens or leaves it; removing the registration is leaving.
     */
    Registration enter(long teamId, Viewer viewer, Runnable onChange);

    /** Everyone with the board open, each person once, in the order they came. */
    List<Viewer> present(long teamId);

    /** The names of everyone else present: the signed-in person on a second screen is not "someone else". */
    default List<String> othersThan(long teamId, long personId) {
        return present(teamId).stream().filter(viewer -> viewer.personId() != personId).map(Viewer::name).toList();
    }

    record Viewer(long personId, String name) {
    }
}
