package nl.bordspiegel.session;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Version;

import nl.bordspiegel.shared.Vocabulary.AttendanceMark;

/** One week's board session: running, closed with its record, or cancelled with a reason. */
@Entity
class BoardSession {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "team_id", nullable = false)
    private long teamId;

    @Column(name = "held_on", nullable = false)
    private LocalDate heldOn;

    @Column(name = "started_at")
    private LocalDateTime startedAt;

    @Column(name = "ended_at")
    private LocalDateTime endedAt;

    @Column(name = "duration_minutes")
    private Integer durationMinutes;

    @Column(name = "led_by_id")
    private Long ledById;

    @Enumerated(EnumType.STRING)
    private SessionState state;

    @Column(name = "cancel_reason")
    private String cancelReason;

    @Column(name = "current_step")
    private int currentStep;

    @Column(name = "actions_reviewed")
    private int actionsReviewed;

    @Column(name = "ideas_adopted")
    private int ideasAdopted;

    @Column(name = "measurements_added")
    private int measurementsAdded;

    @Column(name = "cards_added")
    private int cardsAdded;

    @ElementCollection
    @CollectionTable(name = "attendance", joinColumns = @JoinColumn(name = "session_id"))
    private List<Presence> attendance = new ArrayList<>();

    @Version
    private int version;

    protected BoardSession() {
    }

    /** Starts a session now; everyone expected is marked absent until they open it or are marked. */
    static BoardSession start(long teamId, LocalDateTime now, long ledById, List<Long> expected) {
        BoardSession session = new BoardSession();
        session.teamId = teamId;
        session.heldOn = now.toLocalDate();
        session.startedAt = now;
        session.ledById = ledById;
        session.state = SessionState.RUNNING;
        expected.forEach(person -> session.attendance.add(new Presence(person, AttendanceMark.ABSENT, null)));
        return session;
    }

    /** A week's session that did not take place: a fact too, with its reason. */
    static BoardSession cancelled(long teamId, LocalDate on, String reason) {
        BoardSession session = new BoardSession();
        session.teamId = teamId;
        session.heldOn = on;
        session.state = SessionState.CANCELLED;
        session.cancelReason = requireReason(reason);
        return session;
    }

    void cancel(String reason) {
        requireRunning();
        state = SessionState.CANCELLED;
        cancelReason = requireReason(reason);
    }

    void mark(long personId, AttendanceMark mark, String reason) {
        requireRunning();
        Presence presence = presenceOf(personId)
                .orElseThrow(() -> new IllegalArgumentException("Person " + personId + " is not expected here"));
        presence.mark = Objects.requireNonNull(mark);
        presence.reason = reason == null || reason.isBlank() ? null : truncate(reason.strip(), 200);
    }

    /** Opening the session screen counts as being there; a mark someone set by hand stays. */
    void joinedBy(long personId) {
        presenceOf(personId).filter(presence -> presence.mark == AttendanceMark.ABSENT && presence.reason == null)
                .ifPresent(presence -> presence.mark = AttendanceMark.PRESENT);
    }

    void ledBy(long personId) {
        requireRunning();
        ledById = personId;
    }

    void goToStep(int step, int steps) {
        requireRunning();
        if (step < 0 || step >= steps) {
            throw new IllegalArgumentException("No step " + step);
        }
        currentStep = step;
    }

    void close(LocalDateTime now, int reviewed, int adopted, int measured, int added) {
        requireRunning();
        state = SessionState.CLOSED;
        endedAt = now;
        long seconds = Math.max(0, Duration.between(startedAt, now).getSeconds());
        // Whole minutes, rounded up: a session that ran 30 seconds still took a minute of the team.
        durationMinutes = (int) Math.max(1, (seconds + 59) / 60);
        actionsReviewed = reviewed;
        ideasAdopted = adopted;
        measurementsAdded = measured;
        cardsAdded = added;
    }

    private void requireRunning() {
        if (state != SessionState.RUNNING) {
            throw new IllegalStateException("Session " + id + " is " + state);
        }
    }

    private Optional<Presence> presenceOf(long personId) {
        return attendance.stream().filter(presence -> presence.personId == personId).findFirst();
    }

    private static String requireReason(String reason) {
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("A cancelled session needs a reason");
        }
        return truncate(reason.strip(), 500);
    }

    private static String truncate(String text, int max) {
        return text.length() > max ? text.substring(0, max) : text;
    }

    long id() { return id; }
    long teamId() { return teamId; }
    int version() { return version; }
    LocalDate heldOn() { return heldOn; }
    LocalDateTime startedAt() { return startedAt; }
    LocalDateTime endedAt() { return endedAt; }
    Integer durationMinutes() { return durationMinutes; }
    Long ledById() { return ledById; }
    SessionState state() { return state; }
    String cancelReason() { return cancelReason; }
    int currentStep() { return currentStep; }
    int actionsReviewed() { return actionsReviewed; }
    int ideasAdopted() { return ideasAdopted; }
    int measurementsAdded() { return measurementsAdded; }
    int cardsAdded() { return cardsAdded; }
    List<Presence> attendance() { return List.copyOf(attendance); }

    @Embeddable
    static class Presence {
        @Column(name = "person_id", nullable = false)
        private long personId;

        @Enumerated(EnumType.STRING)
        @Column(nullable = false)
        private AttendanceMark mark;

        private String reason;

        protected Presence() {
        }

        Presence(long personId, AttendanceMark mark, String reason) {
            this.personId = personId;
            this.mark = mark;
            this.reason = reason;
        }

        long personId() { return personId; }
        AttendanceMark mark() { return mark; }
        String reason() { return reason; }
    }
}
