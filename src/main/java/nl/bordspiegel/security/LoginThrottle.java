package nl.bordspiegel.security;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Locale;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Counts failed sign-ins per login name, whether or not an account has that name, so the
 * growing wait after five failures says nothing about which accounts exist; and per client
 * address, so one machine cannot try many names. Rows of names that stopped failing a day
 * ago are dropped, so invented names do not pile up. Both counts live in the database, so
 * they hold on every node of a cluster.
 */
@Component
class LoginThrottle {

    /** A failure older than this no longer counts, and its row is removed. */
    static final Duration FORGET_AFTER = Duration.ofDays(1);

    private final LoginAttemptsRepository attempts;
    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final AddressThrottle addresses;

    LoginThrottle(LoginAttemptsRepository attempts, JdbcTemplate jdbc, Clock clock,
                  @Value("${bordspiegel.login.failures-per-address:20}") int failuresPerAddress) {
        this.attempts = attempts;
        this.jdbc = jdbc;
        this.clock = clock;
        this.addresses = new AddressThrottle(jdbc, failuresPerAddress, AddressThrottle.MOST_ADDRESSES, clock);
    }

    /** The login_throttle.email column's length, that of the longest e-mail address: no account has a longer name. */
    static final int NAME_MAX = 320;

    @Transactional(readOnly = true)
    public boolean isBlocked(String loginName) {
        String key = key(loginName);
        return fits(key) && attempts.findById(key).filter(found -> found.blockedAt(LocalDateTime.now(clock))).isPresent();
    }

    boolean isAddressBlocked(String address) {
        return address != null && addresses.isBlocked(address);
    }

    // Its own transaction: the failed sign-in itself rolls back nothing, but the count must stay.
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void failed(String loginName, String address) {
        if (address != null) {
            addresses.failed(address);
        }
        LocalDateTime now = LocalDateTime.now(clock);
        jdbc.update("delete from login_throttle where last_failed_at < ? and (blocked_until is null or blocked_until < ?)",
                now.minus(FORGET_AFTER), now);
        String key = key(loginName);
        if (!fits(key)) {
            // No account has such a name, and it would not fit its row: the address count above still holds it back.
            return;
        }
        LoginAttempts found = attempts.findById(key).orElseGet(() -> new LoginAttempts(key));
        found.failedAt(now);
        attempts.save(found);
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void succeeded(String loginName) {
        String key = key(loginName);
        if (fits(key)) {
            attempts.deleteById(key);
        }
    }

    /** The whole login name, normalised; never cut short (names that share a beginning are different names). */
    static String key(String loginName) {
        return loginName == null ? "" : loginName.strip().toLowerCase(Locale.ROOT);
    }

    private static boolean fits(String key) {
        return key.length() <= NAME_MAX;
    }
}
