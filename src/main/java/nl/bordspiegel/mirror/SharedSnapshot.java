package nl.bordspiegel.mirror;

import java.time.LocalDateTime;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import nl.bordspiegel.shared.InvalidInputException;

/**
 * A frozen copy of a leader's mirror given to one named coach. The copy, not a live view:
 * the coach sees what the leader chose to share on that day, until the leader withdraws it.
 */
@Entity
@Table(name = "shared_snapshot")
class SharedSnapshot {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "leader_id", nullable = false)
    private long leaderId;

    @Column(name = "coach_id", nullable = false)
    private long coachId;

    @Column(name = "shared_at", nullable = false)
    private LocalDateTime sharedAt;

    @Column(name = "withdrawn_at")
    private LocalDateTime withdrawnAt;

    private String content;

    @Version
    private int version;

    protected SharedSnapshot() {
    }

    /** The {@code shared_snapshot.content} column's length. */
    static final int MAX_CONTENT = 30000;

    /** Refuses a snapshot too long to store (many long journal entries) rather than letting the database fail. */
    SharedSnapshot(long leaderId, long coachId, LocalDateTime sharedAt, String content) {
        if (content.length() > MAX_CONTENT) {
            throw InvalidInputException.at("entries", "mirror.sharing.tooLong");
        }
        this.leaderId = leaderId;
        this.coachId = coachId;
        this.sharedAt = Objects.requireNonNull(sharedAt);
        this.content = Objects.requireNonNull(content);
    }

    void withdraw(LocalDateTime at) {
        if (withdrawnAt == null) {
            withdrawnAt = at;
        }
    }

    boolean withdrawn() {
        return withdrawnAt != null;
    }

    Long id() {
        return id;
    }

    long leaderId() {
        return leaderId;
    }

    long coachId() {
        return coachId;
    }

    LocalDateTime sharedAt() {
        return sharedAt;
    }

    LocalDateTime withdrawnAt() {
        return withdrawnAt;
    }

    String content() {
        return content;
    }
}
