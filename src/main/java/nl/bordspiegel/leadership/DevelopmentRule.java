package nl.bordspiegel.leadership;

/**
 * Development orientation: how the leader knows how the programme goes. The Teamplayer asks
 * and shares in sessions, the Keyplayer knows by being everywhere and directing, the
 * Facilitator is rarely there, rarely heard, and hears it from the school coaches.
 */
final class DevelopmentRule implements DimensionRule {

    /** Below this many questions, ideas and comments per attended session the leader mostly listens. */
    static final double INQUIRES_LITTLE = 0.3;
    /** The spec's Teamplayer asks or shares about once per attended session. */
    static final double INQUIRES_EACH_SESSION = 1.0;
    /** Per session held (attended or not), up to this is "rarely contributes"... */
    static final double RARELY_HEARD = 0.1;
    /** ...and from this the teams regularly hear from the leader. */
    static final double REGULARLY_HEARD = 0.5;
    /** One coach update every two weeks or more makes the coaches a real channel. */
    static final double COACH_UPDATES_PER_WEEK_AS_CHANNEL = 0.5;
    /** From this share of contributions being actions for others, the leader starts to direct... */
    static final double DIRECTS_SOME = 0.30;
    /** ...and from this, contributions are mostly directive. */
    static final double DIRECTS_MOSTLY = 0.60;

    /*
     * The Facilitator part depends on attendance only through "rarely there", and on
     * contributions per session held, not per attended: so attending more never raises it.
     */
    @Override
    public DimensionResult assess(Observations seen) {
        double quiet = Ramp.down(seen.inquiryPerSessionHeld(), RARELY_HEARD, REGULARLY_HEARD);
        double viaCoaches = Ramp.up(seen.coachUpdatesPerWeek(), 0, COACH_UPDATES_PER_WEEK_AS_CHANNEL);
        double facilitator = PresenceRule.rarelyThere(seen.attendanceRate()) * (1 - (1 - quiet) * (1 - viaCoaches));

        double inquires = Ramp.up(seen.inquiryPerSession(), INQUIRES_LITTLE, INQUIRES_EACH_SESSION);
        double directs = Ramp.up(seen.directiveContributionShare(), DIRECTS_SOME, DIRECTS_MOSTLY);
        // "Attends nearly all" is presence's "always there": one notion, so the two dimensions agree.
        double everywhere = PresenceRule.alwaysThere(seen.attendanceRate());
        // The Keyplayer reading needs mostly directive contributions; a leader who is there but
        // silent shows neither way of knowing, so that counts half for each.
        double keyplayerLean = everywhere * (directs + (1 - directs) * (1 - inquires) / 2);
        return DimensionResult.of(Dimension.DEVELOPMENT,
                (1 - facilitator) * (1 - keyplayerLean), (1 - facilitator) * keyplayerLean, facilitator,
                Message.of("leadership.evidence.development",
                        seen.inquiries(), seen.inquiryPerSession(), seen.actionsForOthers(), seen.coachUpdates()));
    }
}
