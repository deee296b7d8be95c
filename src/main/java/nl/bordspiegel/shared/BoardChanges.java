package nl.bordspiegel.shared;

/**
 * Live board updates: a change on a team's board is published once and reaches every
 * open screen of that board. The in-memory implementation serves one node; a cross-node
 * one (database notify, message broker) can replace it without touching any view.
 */
public interface BoardChanges {

    /** Tells every subscriber of the team's board that something on it changed. */
    void publish(BoardChange change);

    /**
     * Calls {@code listener} for every change published for the team until the returned
     * subscription is closed. Listeners run on the publisher's thread: a UI must hop onto
     * its own with {@code ui.access}.
     */
    Subscription subscribe(long teamId, Listener listener);

    /** What changed: the team, what kind of thing, and who changed it. */
    record BoardChange(long teamId, String what, long byPersonId) {
    }

    @FunctionalInterface
    interface Listener {
        void changed(BoardChange change);
    }

    @FunctionalInterface
    interface Subscription extends AutoCloseable {
        @Override
        void close();
    }
}
