package nl.bordspiegel.security;

import java.time.LocalDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A one-time set-password link: only the hash of its token is kept. */
@Entity
@Table(name = "set_password_token")
class SetPasswordToken {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "token_hash")
    private String tokenHash;

    @Column(name = "person_id")
    private long personId;

    @Column(name = "created_by_id")
    private long createdById;

    @Column(name = "created_at")
    private LocalDateTime createdAt;

    @Column(name = "expires_at")
    private LocalDateTime expiresAt;

    @Column(name = "used_at")
    private LocalDateTime usedAt;

    /** A reset of an existing password: it works only once the person has allowed it. */
    @Column(name = "awaits_confirmation")
    private boolean awaitsConfirmation;

    protected SetPasswordToken() {
    }

    SetPasswordToken(String tokenHash, long personId, long createdById, LocalDateTime createdAt, LocalDateTime expiresAt,
                     boolean awaitsConfirmation) {
        if (!expiresAt.isAfter(createdAt)) {
            throw new IllegalArgumentException("A link must expire after it is made");
        }
        this.tokenHash = tokenHash;
        this.personId = personId;
        this.createdById = createdById;
        this.createdAt = createdAt;
        this.expiresAt = expiresAt;
        this.awaitsConfirmation = awaitsConfirmation;
    }

    boolean usableAt(LocalDateTime now) {
        return liveAt(now) && !awaitsConfirmation;
    }

    /** Neither used nor expired, whether or not it still waits for the person. */
    boolean liveAt(LocalDateTime now) {
        return usedAt == null && now.isBefore(expiresAt);
    }

    boolean awaitsConfirmation() {
        return awaitsConfirmation;
    }

    void confirm() {
        awaitsConfirmation = false;
    }

    void useAt(LocalDateTime now) {
        if (!liveAt(now)) {
            throw new IllegalStateException("This link is used or expired");
        }
        usedAt = now;
    }

    long personId() {
        return personId;
    }

    long createdById() {
        return createdById;
    }
}
