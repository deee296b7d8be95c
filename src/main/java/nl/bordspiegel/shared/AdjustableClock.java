package nl.bordspiegel.shared;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The application's clock when "today" is pinned: tests and demos start it at a chosen
 * moment and may move it on (to see an action become overdue, say). A fixed one stands
 * still, so a test's figures never depend on how long it ran; a ticking one moves with real
 * time from the pinned moment, so a browser journey's session timer still counts.
 */
public final class AdjustableClock extends Clock {

    private final ZoneId zone;
    private final boolean ticking;
    private final Instant pinned;
    private final Clock real;
    /** How far this clock's "now" is from the real clock's (ticking) or the instant itself (fixed). */
    private final AtomicReference<Instant> fixedNow;
    private final AtomicReference<Duration> offset;

    private AdjustableClock(ZoneId zone, Instant pinned, boolean ticking, Clock real) {
        this.zone = zone;
        this.pinned = pinned;
        this.ticking = ticking;
        this.real = real;
        this.fixedNow = new AtomicReference<>(pinned);
        this.offset = new AtomicReference<>(Duration.between(real.instant(), pinned));
    }

    /** A clock that stands still at the given moment in the zone until it is moved. */
    public static AdjustableClock fixedAt(LocalDateTime moment, ZoneId zone) {
        return new AdjustableClock(zone, moment.atZone(zone).toInstant(), false, Clock.system(zone));
    }

    /** A clock that starts at the given moment and then runs with real time. */
    public static AdjustableClock tickingFrom(LocalDateTime moment, ZoneId zone) {
        return new AdjustableClock(zone, moment.atZone(zone).toInstant(), true, Clock.system(zone));
    }

    /** Moves "now" to the given moment in this clock's zone. */
    public void setTo(LocalDateTime moment) {
        Instant target = moment.atZone(zone).toInstant();
        fixedNow.set(target);
        offset.set(Duration.between(real.instant(), target));
    }

    /** Moves "now" forward (or back, with a negative amount). */
    public void advance(Duration amount) {
        fixedNow.updateAndGet(now -> now.plus(amount));
        offset.updateAndGet(current -> current.plus(amount));
    }

    /** Back to the moment the clock was pinned at. */
    public void reset() {
        setTo(LocalDateTime.ofInstant(pinned, zone));
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    @Override
    public Clock withZone(ZoneId other) {
        // Callers only ask for the school's own zone; another zone would fork the pinned time.
        if (other.equals(zone)) {
            return this;
        }
        return Clock.fixed(instant(), other);
    }

    @Override
    public Instant instant() {
        return ticking ? real.instant().plus(offset.get()) : fixedNow.get();
    }
}
