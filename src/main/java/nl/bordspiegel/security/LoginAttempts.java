package nl.bordspiegel.security;

import java.time.Duration;
import java.time.LocalDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** Failed sign-ins for one login name, and until when further attempts are refused. */
@Entity
@Table(name = "login_throttle")
class LoginAttempts {

    /** Failures that cost nothing: typos happen. */
    static final int FREE_FAILURES = 5;
    static final Duration FIRST_WAIT = Duration.ofMinutes(1);
    /** The wait doubles per failure but never exceeds an hour, so a real user is not locked out for a day. */
    static final Duration LONGEST_WAIT = Duration.ofHours(1);

    @Id
    private String email;

    @Column(name = "failed_attempts")
    private int failedAttempts;

    @Column(name = "last_failed_at")
    private LocalDateTime lastFailedAt;

    @Column(name = "blocked_until")
    private LocalDateTime blockedUntil;

    protected LoginAttempts() {
    }

    LoginAttempts(String email) {
        this.email = email;
    }

    boolean blockedAt(LocalDateTime now) {
        return blockedUntil != null && now.isBefore(blockedUntil);
    }

    void failedAt(LocalDateTime now) {
        failedAttempts++;
        lastFailedAt = now;
        if (failedAttempts >= FREE_FAILURES) {
            blockedUntil = now.plus(waitAfter(failedAttempts));
        }
    }

    static Duration waitAfter(int failures) {
        if (failures < FREE_FAILURES) {
            return Duration.ZERO;
        }
        int doublings = Math.min(failures - FREE_FAILURES, 10);
        Duration wait = FIRST_WAIT.multipliedBy(1L << doublings);
        return wait.compareTo(LONGEST_WAIT) > 0 ? LONGEST_WAIT : wait;
    }

    int failedAttempts() {
        return failedAttempts;
    }

    LocalDateTime blockedUntil() {
        return blockedUntil;
    }
}
