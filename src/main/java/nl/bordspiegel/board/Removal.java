package nl.bordspiegel.board;

import java.time.Duration;
import java.time.LocalDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import nl.bordspiegel.shared.InvalidInputException;

/**
 * When a card was deleted, or null while it is on the board. A deleted card keeps its row
 * for {@link #UNDO_WINDOW}, so an undo brings back the same card with its comments.
 */
@Embeddable
class Removal {

    /** Long enough to notice a mistake after the notification is gone, short enough that the board stays tidy. */
    static final Duration UNDO_WINDOW = Duration.ofMinutes(30);

    @Column(name = "deleted_at")
    private LocalDateTime deletedAt;

    boolean deleted() {
        return deletedAt != null;
    }

    void delete(LocalDateTime now) {
        if (deletedAt != null) {
            throw new IllegalStateException("Already deleted");
        }
        deletedAt = now;
    }

    void restore(LocalDateTime now) {
        if (deletedAt == null) {
            throw new IllegalStateException("Not deleted");
        }
        if (now.isAfter(deletedAt.plus(UNDO_WINDOW))) {
            throw new InvalidInputException("board.undo.tooLate");
        }
        deletedAt = null;
    }
}
