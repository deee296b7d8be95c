package nl.bordspiegel.leadership;

/**
 * Time investment: the Facilitator invests little, the Teamplayer invests own time and is
 * sometimes a coach too, the Keyplayer invests, by their own account, too much. What
 * "little" and "a lot" are is the school's setting.
 */
final class TimeInvestmentRule implements DimensionRule {

    /** Hours are estimates: each ramp runs a quarter of its threshold either side of it. */
    static final double HOURS_MARGIN = 0.25;
    /** Being a school coach too marks the Teamplayer's time; half of the other readings move there. */
    static final double COACH_PULL = 0.5;
    /** Saying the time is too much is the Keyplayer in their own words; half of the other readings move there. */
    static final double TOO_MUCH_PULL = 0.5;

    private final Settings settings;

    TimeInvestmentRule(Settings settings) {
        this.settings = settings;
    }

    @Override
    public DimensionResult assess(Observations seen) {
        double hours = seen.hoursPerWeek();
        double invests = around(hours, settings.littleHoursPerWeek());
        double aLot = around(hours, settings.aLotHoursPerWeek());
        double teamplayer = invests * (1 - aLot);
        double keyplayer = invests * aLot;
        double facilitator = 1 - invests;
        if (seen.alsoCoach()) {
            teamplayer += COACH_PULL * (keyplayer + facilitator);
            keyplayer *= 1 - COACH_PULL;
            facilitator *= 1 - COACH_PULL;
        }
        if (seen.feelsTooMuch()) {
            keyplayer += TOO_MUCH_PULL * (teamplayer + facilitator);
            teamplayer *= 1 - TOO_MUCH_PULL;
            facilitator *= 1 - TOO_MUCH_PULL;
        }
        return DimensionResult.of(Dimension.TIME_INVESTMENT, teamplayer, keyplayer, facilitator,
                Message.of("leadership.evidence.time", hours, seen.sessionHours(), seen.loggedHours(), seen.weeks(),
                        seen.alsoCoach() ? 1 : 0, seen.feelsTooMuch() ? 1 : 0));
    }

    private static double around(double hours, double threshold) {
        return Ramp.up(hours, threshold * (1 - HOURS_MARGIN), threshold * (1 + HOURS_MARGIN));
    }
}
