package nl.bordspiegel.security;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Failed sign-ins per client address, so one machine cannot try name after name. The counts
 * live in the database, so every node of a cluster sees the same count (in memory, N nodes
 * would allow N times the limit). Storage stays bounded whatever an attacker sends: rows of
 * past windows are deleted, and beyond a fixed number of addresses the oldest go first.
 */
final class AddressThrottle {

    /** A fixed window: after this long an address starts again from nothing. */
    static final Duration WINDOW = Duration.ofMinutes(15);
    /** Addresses remembered at most; a school has far fewer clients, an attack far more. */
    static final int MOST_ADDRESSES = 10_000;
    /** The address column's length: an IPv6 address with a zone fits; anything longer is cut, which only counts stricter. */
    static final int ADDRESS_MAX = 64;

    private final JdbcTemplate jdbc;
    private final int failuresPerWindow;
    private final int mostAddresses;
    private final Clock clock;

    AddressThrottle(JdbcTemplate jdbc, int failuresPerWindow, int mostAddresses, Clock clock) {
        this.jdbc = jdbc;
        this.failuresPerWindow = failuresPerWindow;
        this.mostAddresses = mostAddresses;
        this.clock = clock;
    }

    boolean isBlocked(String address) {
        Integer failures = jdbc.query(
                "select failures from login_address_throttle where address = ? and window_start > ?",
                rows -> rows.next() ? rows.getInt(1) : null,
                key(address), windowOpenedAfter());
        return failures != null && failures >= failuresPerWindow;
    }

    /** Call inside a transaction that also commits when the sign-in itself fails. */
    void failed(String address) {
        String key = key(address);
        jdbc.update("delete from login_address_throttle where window_start <= ?", windowOpenedAfter());
        if (countOne(key) > 0) {
            return;
        }
        if (InsertIfAbsent.insert(jdbc,
                "insert into login_address_throttle (address, window_start, failures) values (?, ?, 1)",
                key, LocalDateTime.now(clock))) {
            forgetOldestBeyondLimit();
        } else {
            countOne(key); // another node opened the window a moment ago
        }
    }

    int size() {
        Integer rows = jdbc.queryForObject("select count(*) from login_address_throttle", Integer.class);
        return rows == null ? 0 : rows;
    }

    private int countOne(String key) {
        return jdbc.update("update login_address_throttle set failures = failures + 1 where address = ?", key);
    }

    private void forgetOldestBeyondLimit() {
        int beyond = size() - mostAddresses;
        if (beyond > 0) {
            jdbc.update("delete from login_address_throttle where address in (select address from login_address_throttle"
                    + " order by window_start, address fetch first ? rows only)", beyond);
        }
    }

    private LocalDateTime windowOpenedAfter() {
        return LocalDateTime.now(clock).minus(WINDOW);
    }

    private static String key(String address) {
        return address.length() <= ADDRESS_MAX ? address : address.substring(0, ADDRESS_MAX);
    }
}
