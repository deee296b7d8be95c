package nl.bordspiegel.session;

import java.io.Serializable;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Version;

import nl.bordspiegel.shared.InvalidInputException;
import nl.bordspiegel.shared.Vocabulary.AttendanceMark;

/**
 * One person's mark at one session, a row of its own: marking someone never touches the
 * session row, so every screen in the room can mark at once without a conflict.
 */
@Entity
@IdClass(Attendance.Key.class)
class Attendance {

    /** The column {@code attendance.reason}. */
    static final int MAX_REASON = 200;

    @Id
    @Column(name = "session_id")
    private long sessionId;

    @Id
    @Column(name = "person_id")
    private long personId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private AttendanceMark mark;

    private String reason;

    @Version
    private int version;

    protected Attendance() {
    }

    Attendance(long sessionId, long personId, AttendanceMark mark) {
        this.sessionId = sessionId;
        this.personId = personId;
        this.mark = Objects.requireNonNull(mark);
    }

    /** Sets the mark; returns whether anything changed, so an unchanged mark is not announced. */
    boolean mark(AttendanceMark newMark, String newReason) {
        String stripped = newReason == null || newReason.isBlank() ? null : newReason.strip();
        if (stripped != null && stripped.length() > MAX_REASON) {
            throw InvalidInputException.at("reason", "session.mark.reasonTooLong", MAX_REASON);
        }
        if (mark == Objects.requireNonNull(newMark) && Objects.equals(reason, stripped)) {
            return false;
        }
        mark = newMark;
        reason = stripped;
        return true;
    }

    /** Opening the session screen counts as being there; a mark someone set by hand stays. */
    boolean joined() {
        if (mark != AttendanceMark.ABSENT || reason != null) {
            return false;
        }
        mark = AttendanceMark.PRESENT;
        return true;
    }

    long sessionId() { return sessionId; }
    long personId() { return personId; }
    AttendanceMark mark() { return mark; }
    String reason() { return reason; }

    /** The composite key: one mark per person per session. */
    static class Key implements Serializable {
        private long sessionId;
        private long personId;

        protected Key() {
        }

        Key(long sessionId, long personId) {
            this.sessionId = sessionId;
            this.personId = personId;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && key.sessionId == sessionId && key.personId == personId;
        }

        @Override
        public int hashCode() {
            return Objects.hash(sessionId, personId);
        }
    }
}
