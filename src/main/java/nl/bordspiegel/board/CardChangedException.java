package nl.bordspiegel.board;

import org.springframework.dao.OptimisticLockingFailureException;

/**
 * Someone else changed the card since it was shown: the caller keeps what the user typed
 * and offers to save again on top of the newer version. A subtype of Spring's optimistic
 * lock failure, so a screen handles a late one from Hibernate's {@code @Version} the same way.
 */
public class CardChangedException extends OptimisticLockingFailureException {

    private final long currentVersion;

    public CardChangedException(CardKind kind, long id, long currentVersion) {
        super(kind + " " + id + " was changed by someone else (now version " + currentVersion + ")");
        this.currentVersion = currentVersion;
    }

    public long currentVersion() {
        return currentVersion;
    }
}
