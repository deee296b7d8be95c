package nl.bordspiegel.leadership;

/**
 * A school's own view of what "little" and "a lot" of a leader's time per week is: the
 * study gives no hours, and a large mbo school differs from a small po school.
 */
public record Settings(double littleHoursPerWeek, double aLotHoursPerWeek) {

    public static final Settings DEFAULTS = new Settings(1, 3);

    public Settings {
        if (!(littleHoursPerWeek > 0 && littleHoursPerWeek < aLotHoursPerWeek)) {
            throw new IllegalArgumentException("need 0 < little (" + littleHoursPerWeek
                    + ") < a lot (" + aLotHoursPerWeek + ") hours per week");
        }
    }
}
