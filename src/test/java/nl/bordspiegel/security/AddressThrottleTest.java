package nl.bordspiegel.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;

import nl.bordspiegel.shared.AdjustableClock;

class AddressThrottleTest {

    private final AdjustableClock clock = AdjustableClock.fixedAt(LocalDateTime.of(2026, 12, 9, 10, 15),
            ZoneId.of("Europe/Amsterdam"));
    private final AddressThrottle throttle = new AddressThrottle(20, clock);

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
    void aFloodOfAddressesKeepsOnlyTheNewestInMemory() {
        for (int i = 0; i < AddressThrottle.MOST_ADDRESSES + 500; i++) {
            throttle.failed("10.0." + (i / 256) + "." + (i % 256));
        }

        assertThat(throttle.size()).isEqualTo(AddressThrottle.MOST_ADDRESSES);
    }
}
