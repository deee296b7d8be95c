package nl.bordspiegel.security;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Locale;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Counts failed sign-ins per login name, whether or not an account has that name, so the
 * growing wait after five failures says nothing about which accounts exist.
 */
@Component
class LoginThrottle {

    private final LoginAttemptsRepository attempts;
    private final Clock clock;

    LoginThrottle(LoginAttemptsRepository attempts, Clock clock) {
        this.attempts = attempts;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public boolean isBlocked(String loginName) {
        return attempts.findById(key(loginName)).filter(found -> found.blockedAt(LocalDateTime.now(clock))).isPresent();
    }

    // Its own transaction: the failed sign-in itself rolls back nothing, but the count must stay.
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void failed(String loginName) {
        String key = key(loginName);
        LoginAttempts found = attempts.findById(key).orElseGet(() -> new LoginAttempts(key));
        found.failedAt(LocalDateTime.now(clock));
        attempts.save(found);
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void succeeded(String loginName) {
        attempts.deleteById(key(loginName));
    }

    static String key(String loginName) {
        String key = loginName == null ? "" : loginName.strip().toLowerCase(Locale.ROOT);
        // The column holds 320 characters; a longer name cannot be an account anyway.
        return key.length() > 320 ? key.substring(0, 320) : key;
    }
}
