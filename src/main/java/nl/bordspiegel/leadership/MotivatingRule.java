package nl.bordspiegel.leadership;

/**
 * Motivating, read from whose ideas the teams adopted: the Teamplayer takes part while
 * teachers' ideas carry, the Keyplayer's own ideas carry, the Facilitator joins now and then.
 */
final class MotivatingRule implements DimensionRule {

    /** From this share of adopted ideas being the leader's own (1 - bottomUpShare), the leader's ideas start to carry... */
    static final double OWN_IDEAS_SOME = 0.30;
    /** ...and from this share they are "mostly the leader's". */
    static final double OWN_IDEAS_MOSTLY = 0.60;

    /*
     * bottomUpShare weighs the teachers' adopted ideas against the leader's own; ideas from
     * other leaders are in neither, so they raise neither side. With no adopted idea from
     * either there is no evidence.
     */
    @Override
    public DimensionResult assess(Observations seen) {
        if (seen.adoptedFromTeachers() + seen.adoptedFromLeader() == 0) {
            return DimensionResult.noEvidence(Dimension.MOTIVATING, Message.of("leadership.noEvidence.motivating"));
        }
        double facilitator = PresenceRule.rarelyThere(seen.attendanceRate());
        double ownIdeas = Ramp.up(1 - seen.bottomUpShare(), OWN_IDEAS_SOME, OWN_IDEAS_MOSTLY);
        return DimensionResult.of(Dimension.MOTIVATING,
                (1 - facilitator) * (1 - ownIdeas), (1 - facilitator) * ownIdeas, facilitator,
                Message.of("leadership.evidence.motivating",
                        seen.adoptedIdeas(), seen.adoptedFromTeachers(), seen.adoptedFromLeader()));
    }
}
