package nl.bordspiegel.leadership;

/**
 * Vision: the Teamplayer writes it with teachers, the Keyplayer lets teachers add a little,
 * the Facilitator guards it alone. No vision items in the window: no evidence.
 */
final class VisionRule implements DimensionRule {

    /** Up to this share co-written with teachers is "a few"; none at all is the Facilitator's. */
    static final double A_FEW = 0.25;
    /** From this share the co-written items start to be the rule... */
    static final double SOME = 0.40;
    /** ...and from this they are "most". */
    static final double MOST = 0.70;

    @Override
    public DimensionResult assess(Observations seen) {
        if (seen.visionItems() == 0) {
            return DimensionResult.noEvidence(Dimension.VISION, Message.of("leadership.noEvidence.vision"));
        }
        double coCreation = seen.visionCoCreation();
        double facilitator = Ramp.down(coCreation, 0, A_FEW);
        double teamplayer = Ramp.up(coCreation, SOME, MOST);
        return DimensionResult.of(Dimension.VISION, teamplayer, 1 - facilitator - teamplayer, facilitator,
                Message.of("leadership.evidence.vision", seen.visionItems(), seen.visionCoWritten()));
    }
}
