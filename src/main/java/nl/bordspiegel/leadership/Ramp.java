package nl.bordspiegel.leadership;

/**
 * Smooth steps between two thresholds, so a small change in behaviour gives a small change
 * in the profile: no cliff where one session more flips a pattern.
 */
final class Ramp {

    private Ramp() {
    }

    /** 0 at or below {@code from}, 1 at or above {@code to}, a smoothstep in between. */
    static double up(double value, double from, double to) {
        if (value <= from) {
            return 0;
        }
        if (value >= to) {
            return 1;
        }
        double t = (value - from) / (to - from);
        return t * t * (3 - 2 * t);
    }

    /** 1 at or below {@code from}, 0 at or above {@code to}. */
    static double down(double value, double from, double to) {
        return 1 - up(value, from, to);
    }
}
