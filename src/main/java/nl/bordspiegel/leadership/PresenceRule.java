package nl.bordspiegel.leadership;

/**
 * Presence at board sessions: the Keyplayer always attends and leads, the Teamplayer attends
 * without leading most, the Facilitator is mostly absent.
 */
final class PresenceRule implements DimensionRule {

    /** The spec's Facilitator attends at most about a third: at or below this, fully "rarely there". */
    static final double RARELY_THERE = 0.30;
    /** The spec's Teamplayer attends at least about half: from here, fully "regularly there". */
    static final double REGULARLY_THERE = 0.55;
    /** The Keyplayer reading starts to grow with attendance from here... */
    static final double OFTEN_THERE = 0.60;
    /** ...and is full at the spec's "always attends" of about 0.85. */
    static final double ALWAYS_THERE = 0.85;
    /** Leading under this share of attended sessions is the occasional turn any member takes. */
    static final double LEADS_SOMETIMES = 0.30;
    /** Leading this share is leading most sessions; the ramp is centred on the spec's "half". */
    static final double LEADS_MOST = 0.70;
    /** Attending without "always" still lets leading count for half: leading is the stronger sign. */
    static final double LEADING_WITHOUT_ALWAYS_THERE = 0.5;

    /** One notion of "always there" for every dimension (0 up to {@link #OFTEN_THERE}, 1 from {@link #ALWAYS_THERE}). */
    static double alwaysThere(double attendanceRate) {
        return Ramp.up(attendanceRate, OFTEN_THERE, ALWAYS_THERE);
    }

    /** One notion of "rarely there" for every dimension, so they never disagree on it. */
    static double rarelyThere(double attendanceRate) {
        return Ramp.down(attendanceRate, RARELY_THERE, REGULARLY_THERE);
    }

    /*
     * Half linear, half ramp: the ramp gives the spec's "leads about half or more", the
     * linear half keeps "leading more raises the Keyplayer reading" true beyond the ramp.
     */
    static double leading(double ledShare) {
        return (ledShare + Ramp.up(ledShare, LEADS_SOMETIMES, LEADS_MOST)) / 2;
    }

    @Override
    public DimensionResult assess(Observations seen) {
        double attendance = seen.attendanceRate();
        double there = 1 - rarelyThere(attendance);
        double always = LEADING_WITHOUT_ALWAYS_THERE
                + (1 - LEADING_WITHOUT_ALWAYS_THERE) * alwaysThere(attendance);
        double keyplayer = there * always * leading(seen.ledShare());
        return DimensionResult.of(Dimension.PRESENCE, there - keyplayer, keyplayer, 1 - there,
                Message.of("leadership.evidence.presence",
                        seen.attended(), seen.sessionsHeld(), seen.partial(), seen.led()));
    }
}
