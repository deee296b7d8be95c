package nl.bordspiegel.board;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import nl.bordspiegel.shared.InvalidInputException;
import nl.bordspiegel.shared.Vocabulary.ActionStatus;

/** What the team agreed to do: who, by when, and how far it is. Open ones carry over. */
@Entity
@Table(name = "improvement_action")
class ImprovementAction {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "team_id", nullable = false)
    private long teamId;

    private String title;

    @Column(name = "owner_id")
    private Long ownerId;

    @Column(name = "created_by_id", nullable = false)
    private long createdById;

    @Column(name = "from_idea_id")
    private Long fromIdeaId;

    @Column(name = "created_on", nullable = false)
    private LocalDate createdOn;

    @Column(name = "due_on")
    private LocalDate dueOn;

    @Enumerated(EnumType.STRING)
    private ActionStatus status;

    /** When it was done or dropped: the coach overview's "days to close". Null while open. */
    @Column(name = "closed_on")
    private LocalDate closedOn;

    @Version
    private int version;

    protected ImprovementAction() {
    }

    ImprovementAction(long teamId, String title, Long ownerId, long createdById, Long fromIdeaId, LocalDate createdOn,
                      LocalDate dueOn) {
        this.teamId = teamId;
        this.title = BoardService.required(title, 500);
        this.ownerId = ownerId;
        this.createdById = createdById;
        this.fromIdeaId = fromIdeaId;
        this.createdOn = createdOn;
        this.dueOn = dueOn;
        this.status = ActionStatus.OPEN;
    }

    /** Done means someone did it: an action without an owner cannot be done. */
    void changeStatus(ActionStatus next, LocalDate today) {
        if (next == ActionStatus.DONE && ownerId == null) {
            throw new InvalidInputException("board.action.doneNeedsOwner");
        }
        if (next.isOpen()) {
            closedOn = null;
        } else if (status.isOpen()) {
            closedOn = today;
        }
        status = java.util.Objects.requireNonNull(next);
    }

    LocalDate closedOn() {
        return closedOn;
    }

    void edit(String newTitle, Long newOwnerId, LocalDate newDue) {
        if (newOwnerId == null && status == ActionStatus.DONE) {
            throw InvalidInputException.at(BoardFields.OWNER, "board.action.doneKeepsOwner");
        }
        title = BoardService.required(newTitle, 500);
        ownerId = newOwnerId;
        dueOn = newDue;
    }

    void postpone(LocalDate newDue) {
        if (!status.isOpen()) {
            throw new IllegalStateException("Only an open action gets a new date");
        }
        dueOn = java.util.Objects.requireNonNull(newDue);
    }

    boolean overdueOn(LocalDate today) {
        return status.isOpen() && dueOn != null && dueOn.isBefore(today);
    }

    long id() {
        return id;
    }

    long teamId() {
        return teamId;
    }

    int version() {
        return version;
    }

    String title() {
        return title;
    }

    Long ownerId() {
        return ownerId;
    }

    long createdById() {
        return createdById;
    }

    Long fromIdeaId() {
        return fromIdeaId;
    }

    LocalDate createdOn() {
        return createdOn;
    }

    LocalDate dueOn() {
        return dueOn;
    }

    ActionStatus status() {
        return status;
    }
}
