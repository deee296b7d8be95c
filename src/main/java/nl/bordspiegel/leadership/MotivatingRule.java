package nl.bordspiegel.leadership;

/**
 * Motivating, read from whose ideas the teams adopted: the Teamplayer takes part while
 * teachers' ideas carry, the Keyplayer's own ideas carry, the Facilitator joins now and then.
 */
final class MotivatingRule implements DimensionRule {

    /** From this share of adopted ideas being the leader's own, the leader's ideas start to carry... */
    static final double OWN_IDEAS_SOME = 0.30;
    /** ...and from this share they are "mostly the leader's". */
    static final double OWN_IDEAS_MOSTLY = 0.60;

    /* Ideas from other leaders count for neither side; the leader's own share decides the split. */
    @Override
    public DimensionResult assess(Observations seen) {
        if (seen.adoptedIdeas() == 0) {
            return DimensionResult.noEvidence(Dimension.MOTIVATING, Message.of("leadership.noEvidence.motivating"));
        }
        double facilitator = PresenceRule.rarelyThere(seen.attendanceRate());
        double ownIdeas = Ramp.up(seen.leaderIdeaShare(), OWN_IDEAS_SOME, OWN_IDEAS_MOSTLY);
        return DimensionResult.of(Dimension.MOTIVATING,
                (1 - facilitator) * (1 - ownIdeas), (1 - facilitator) * ownIdeas, facilitator,
                Message.of("leadership.evidence.motivating",
                        seen.adoptedIdeas(), seen.adoptedFromTeachers(), seen.adoptedFromLeader()));
    }
}
