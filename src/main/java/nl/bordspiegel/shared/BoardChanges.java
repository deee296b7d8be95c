package nl.bordspiegel.shared;

import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Live board updates: a change on a team's board is published once and reaches every
 * open screen of that board. The in-memory implementation serves one node; a cross-node
 * one (database notify, message broker) can replace it without touching any view.
 */
public interface BoardChanges {

    /** Tells every subscriber of the team's board that something on it changed. */
    void publish(BoardChange change);

    /**
     * Publishes once the current transaction commits (at once without one): a screen that
     * reloads on the change must read the new state, not the one before it.
     */
    default void publishAfterCommit(BoardChange change) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            publish(change);
            return;
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                publish(change);
            }
        });
    }

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
