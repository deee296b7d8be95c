package nl.bordspiegel.session;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

import nl.bordspiegel.shared.InvalidInputException;

/** One week's board session: running, closed with its record, or cancelled with a reason. */
@Entity
class BoardSession {

    /** The column {@code board_session.cancel_reason}. */
    static final int MAX_CANCEL_REASON = 500;

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

    /** The team while this session runs, null otherwise: the unique constraint on it allows one running session per team. */
    @Column(name = "running_team_id")
    private Long runningTeamId;

    @Version
    private int version;

    protected BoardSession() {
    }

    /** Starts a session now; its attendance rows are the service's to add. */
    static BoardSession start(long teamId, LocalDateTime now, long ledById) {
        BoardSession session = new BoardSession();
        session.teamId = teamId;
        session.heldOn = now.toLocalDate();
        session.startedAt = now;
        session.ledById = ledById;
        session.state = SessionState.RUNNING;
        session.runningTeamId = teamId;
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
        runningTeamId = null;
        cancelReason = requireReason(reason);
    }

    void ledBy(long personId) {
        requireRunning();
        ledById = personId;
    }

    /** A closed session can be corrected, or its close undone, for the rest of the day it closed. */
    boolean correctableOn(LocalDate today) {
        return state == SessionState.CLOSED && endedAt != null && endedAt.toLocalDate().equals(today);
    }

    /** Who led, corrected after the close. */
    void correctLeader(long personId, LocalDate today) {
        requireCorrectable(today);
        ledById = personId;
    }

    /** Undoes the close: the session runs again, from where it was, and its record is made anew at the next close. */
    void reopen(LocalDate today) {
        requireCorrectable(today);
        state = SessionState.RUNNING;
        runningTeamId = teamId;
        endedAt = null;
        durationMinutes = null;
        actionsReviewed = 0;
        ideasAdopted = 0;
        measurementsAdded = 0;
        cardsAdded = 0;
    }

    /** A correction asked for after the day of the session (or of a session running again) is refused. */
    void requireCorrectable(LocalDate today) {
        if (!correctableOn(today)) {
            throw new InvalidInputException("session.correct.tooLate");
        }
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
        runningTeamId = null;
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

    private static String requireReason(String reason) {
        if (reason == null || reason.isBlank()) {
            throw InvalidInputException.at("reason", "session.cancel.reasonRequired");
        }
        if (reason.strip().length() > MAX_CANCEL_REASON) {
            throw InvalidInputException.at("reason", "session.cancel.reasonTooLong", MAX_CANCEL_REASON);
        }
        return reason.strip();
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
}
