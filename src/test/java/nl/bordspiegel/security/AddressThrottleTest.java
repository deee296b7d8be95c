package nl.bordspiegel.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

import nl.bordspiegel.shared.AdjustableClock;

/** The address rules on a real H2 database with the security migration, without Spring. */
class AddressThrottleTest {

    private final AdjustableClock clock = AdjustableClock.fixedAt(LocalDateTime.of(2026, 12, 9, 10, 15),
            ZoneId.of("Europe/Amsterdam"));
    private final JdbcTemplate database = SignInDatabase.fresh();
    private final AddressThrottle throttle = new AddressThrottle(database, 20, AddressThrottle.MOST_ADDRESSES, clock);

    @Test
    void oneMachineTryingSixtyNamesIsStoppedAfterTwenty() {
        int tried = 0;
        while (tried < 60 && !throttle.isBlocked("203.0.113.7")) {
            throttle.failed("203.0.113.7");
            tried++;
        }

        assertThat(tried).isEqualTo(20);
        assertThat(throttle.isBlocked("198.51.100.1")).isFalse();
    }

    @Test
    void theAddressMayTryAgainWhenTheWindowHasPassed() {
        for (int i = 0; i < 20; i++) {
            throttle.failed("203.0.113.7");
        }
        clock.advance(AddressThrottle.WINDOW);

        assertThat(throttle.isBlocked("203.0.113.7")).isFalse();
    }

    @Test
    void failuresOnTwoNodesAddUp() {
        AddressThrottle otherNode = new AddressThrottle(database, 20, AddressThrottle.MOST_ADDRESSES, clock);
        for (int i = 0; i < 10; i++) {
            throttle.failed("203.0.113.7");
            otherNode.failed("203.0.113.7");
        }

        assertThat(otherNode.isBlocked("203.0.113.7")).isTrue();
        assertThat(throttle.isBlocked("203.0.113.7")).isTrue();
    }

    @Test
    void pastWindowsAreDeletedAtTheNextFailure() {
        for (int i = 0; i < 30; i++) {
            throttle.failed("10.0.0." + i);
        }
        clock.advance(AddressThrottle.WINDOW);
        throttle.failed("203.0.113.7");

        assertThat(throttle.size()).isEqualTo(1);
    }

    @Test
    void aFloodOfAddressesKeepsOnlyTheNewest() {
        AddressThrottle small = new AddressThrottle(database, 20, 100, clock);
        for (int i = 0; i < 100; i++) {
            small.failed("10.0.0." + i);
        }
        clock.advance(Duration.ofMinutes(1));
        for (int i = 0; i < 50; i++) {
            small.failed("10.0.1." + i);
        }

        assertThat(small.size()).isEqualTo(100);
        assertThat(database.queryForObject(
                "select count(*) from login_address_throttle where address like '10.0.1.%'", Integer.class))
                .isEqualTo(50);
    }
}
