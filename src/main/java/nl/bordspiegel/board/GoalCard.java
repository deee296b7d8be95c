package nl.bordspiegel.board;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * A goal as a board shows it; {@code target}, dates and outcome may be null. It carries only the
 * last {@link #SHOWN_MEASUREMENTS} measurements in date order, so a card costs the same in a
 * goal's third year as in its first week; {@code olderMeasurements} says how many came before
 * (they stay in the school's export), and {@code firstValue} is the very first one, which
 * tells the direction the goal moves.
 */
public record GoalCard(long id, long version, String title, String measure, Double target, LocalDate startedOn,
                       LocalDate endsOn, GoalOutcome outcome, String outcomeNote, List<MeasurementPoint> measurements,
                       int olderMeasurements, Double firstValue)
        implements BoardCard {

    /** A quarter of a year of weekly measurements: what a chart on a card can show legibly. */
    public static final int SHOWN_MEASUREMENTS = 12;

    public GoalCard {
        measurements = List.copyOf(measurements);
    }

    /** How many measurements the goal has, shown or not. */
    public int measurementCount() {
        return olderMeasurements + measurements.size();
    }

    /** The shown measurement at {@code index} among all of the goal's measurements in date order. */
    public MeasurementPoint measurementAt(int index) {
        return measurements.get(index - olderMeasurements);
    }

    public boolean running() {
        return outcome == null;
    }

    /**
     * What the last measurement says about the outcome, when there is a target: reached when it
     * is at or beyond the target in the direction the goal moves (down when it started above it).
     */
    public Optional<GoalOutcome> suggestedOutcome() {
        if (target == null || measurements.isEmpty()) {
            return Optional.empty();
        }
        double last = measurements.get(measurements.size() - 1).value();
        boolean downward = measurementCount() > 1 && firstValue > target;
        boolean reached = downward ? last <= target : last >= target;
        return Optional.of(reached ? GoalOutcome.REACHED : GoalOutcome.NOT_REACHED);
    }

    /** True when the chosen outcome says the opposite of what the last measurement suggests. */
    public boolean contradicts(GoalOutcome chosen) {
        return chosen != GoalOutcome.STOPPED && suggestedOutcome().filter(s -> s != chosen).isPresent();
    }

    /**
     * False for a value that is probably a typo: outside 0–100 on a percentage, or ten times a
     * positive target or more (850 for 85). The team may still keep it after a question.
     */
    public boolean sensible(double value) {
        if (percentage()) {
            return value >= 0 && value <= 100;
        }
        return target == null || target <= 0 || value < target * 10;
    }

    private boolean percentage() {
        String m = measure == null ? "" : measure.toLowerCase(java.util.Locale.ROOT);
        return m.contains("%") || m.contains("procent") || m.contains("percent");
    }

    public record MeasurementPoint(LocalDate measuredOn, double value) {
    }
}
