package nl.bordspiegel.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Failed sign-ins per client address, so one machine cannot try name after name. Kept in
 * memory with a fixed number of addresses (the oldest is forgotten first): storage stays
 * bounded whatever an attacker sends. Pure Java, so its rules are tested without Spring.
 */
final class AddressThrottle {

    /** A fixed window: after this long an address starts again from nothing. */
    static final Duration WINDOW = Duration.ofMinutes(15);
    /** Addresses remembered at most; a school has far fewer clients, an attack far more. */
    static final int MOST_ADDRESSES = 10_000;

    private final int failuresPerWindow;
    private final Clock clock;
    private final Map<String, Failures> byAddress = new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Failures> eldest) {
            return size() > MOST_ADDRESSES;
        }
    };

    AddressThrottle(int failuresPerWindow, Clock clock) {
        this.failuresPerWindow = failuresPerWindow;
        this.clock = clock;
    }

    synchronized boolean isBlocked(String address) {
        Failures failures = byAddress.get(address);
        return failures != null && failures.current(clock.instant()) && failures.count >= failuresPerWindow;
    }

    synchronized void failed(String address) {
        Instant now = clock.instant();
        Failures failures = byAddress.get(address);
        if (failures == null || !failures.current(now)) {
            failures = new Failures(now);
            byAddress.put(address, failures);
        }
        failures.count++;
    }

    synchronized int size() {
        return byAddress.size();
    }

    private static final class Failures {
        private final Instant windowStart;
        private int count;

        Failures(Instant windowStart) {
            this.windowStart = windowStart;
        }

        boolean current(Instant now) {
            return now.isBefore(windowStart.plus(WINDOW));
        }
    }
}
