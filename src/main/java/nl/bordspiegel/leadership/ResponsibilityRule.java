package nl.bordspiegel.leadership;

/**
 * Responsibility, read from the actions in the leader's teams: the Keyplayer creates most
 * of them for others or owns a large share, the Teamplayer owns some like any member, the
 * Facilitator owns and creates almost none.
 */
final class ResponsibilityRule implements DimensionRule {

    /** Creating this share of the actions for others is more than an occasional nudge. */
    static final double DIRECTS_SOME = 0.30;
    /** Creating this share for others is creating most of them; the ramp is centred just under half. */
    static final double DIRECTS_MOST = 0.60;
    /** In a team of five or more a member's fair share of the actions is at most this. */
    static final double OWNS_LIKE_A_MEMBER = 0.20;
    /** Owning this share is carrying a large part of the team's work. */
    static final double OWNS_A_LARGE_SHARE = 0.40;
    /** Owning and creating together at most this share is "almost none". */
    static final double ALMOST_NONE = 0.02;
    /** From this share on, the leader takes part as a team member would. */
    static final double TAKES_PART = 0.08;

    @Override
    public DimensionResult assess(Observations seen) {
        if (seen.actionsInScope() == 0) {
            return DimensionResult.noEvidence(Dimension.RESPONSIBILITY,
                    Message.of("leadership.noEvidence.responsibility"));
        }
        double directs = Ramp.up(seen.directiveShare(), DIRECTS_SOME, DIRECTS_MOST);
        double owns = Ramp.up(seen.ownedShare(), OWNS_LIKE_A_MEMBER, OWNS_A_LARGE_SHARE);
        double keyplayer = 1 - (1 - directs) * (1 - owns);
        double takesPart = Ramp.up(seen.directiveShare() + seen.ownedShare(), ALMOST_NONE, TAKES_PART);
        return DimensionResult.of(Dimension.RESPONSIBILITY,
                (1 - keyplayer) * takesPart, keyplayer, (1 - keyplayer) * (1 - takesPart),
                Message.of("leadership.evidence.responsibility",
                        seen.actionsInScope(), seen.actionsForOthers(), seen.actionsOwned()));
    }
}
