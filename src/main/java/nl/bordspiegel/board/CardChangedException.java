package nl.bordspiegel.board;

import org.springframework.dao.OptimisticLockingFailureException;

/**
 * Someone else changed the card since it was shown: edited, decided, closed or deleted it.
 * The caller keeps what the user typed and offers to save again on top of the newer version,
 * or, when the card is gone, says so. A subtype of Spring's optimistic lock failure, so a
 * screen handles a late one from Hibernate's {@code @Version} the same way.
 */
public class CardChangedException extends OptimisticLockingFailureException {

    private static final long GONE = -1;

    private final long currentVersion;

    public CardChangedException(CardKind kind, long id, long currentVersion) {
        super(kind + " " + id + " was changed by someone else (now version " + currentVersion + ")");
        this.currentVersion = currentVersion;
    }

    private CardChangedException(CardKind kind, long id) {
        super(kind + " " + id + " was deleted by someone else");
        this.currentVersion = GONE;
    }

    /** The card was deleted (or, for an action, taken back with its idea's decision) since it was shown. */
    public static CardChangedException gone(CardKind kind, long id) {
        return new CardChangedException(kind, id);
    }

    /** The version the card has now; meaningless when it is {@link #gone()}. */
    public long currentVersion() {
        return currentVersion;
    }

    public boolean gone() {
        return currentVersion == GONE;
    }
}
