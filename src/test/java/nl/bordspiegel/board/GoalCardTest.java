package nl.bordspiegel.board;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

/** The goal's own sanity checks: the outcome its last measurement suggests, and values that look like typos. */
class GoalCardTest {

    private static final LocalDate START = LocalDate.of(2026, 11, 2);

    @Test
    void seventyTwoAgainstATargetOfEightyFiveSuggestsNotReachedAndContradictsReached() {
        GoalCard goal = goal("% dat dagelijks leest", 85.0, 60, 72);

        assertThat(goal.suggestedOutcome()).contains(GoalOutcome.NOT_REACHED);
        assertThat(goal.contradicts(GoalOutcome.REACHED)).isTrue();
        assertThat(goal.contradicts(GoalOutcome.NOT_REACHED)).isFalse();
        assertThat(goal.contradicts(GoalOutcome.STOPPED)).as("stopping says nothing about the number").isFalse();
    }

    @Test
    void aGoalThatStartedAboveItsTargetIsReachedWhenItComesDownToIt() {
        GoalCard goal = goal("uitval per week", 5.0, 12, 8, 4);

        assertThat(goal.suggestedOutcome()).contains(GoalOutcome.REACHED);
    }

    @Test
    void withoutATargetOrAMeasurementNothingIsSuggested() {
        assertThat(goal("sfeer", null, 7).suggestedOutcome()).isEmpty();
        assertThat(goal("%", 80.0).suggestedOutcome()).isEmpty();
        assertThat(goal("%", 80.0).contradicts(GoalOutcome.REACHED)).isFalse();
    }

    @Test
    void aPercentageAbove100OrBelow0AndTenTimesTheTargetAreNotSensible() {
        GoalCard percentage = goal("Procent op tijd", 85.0);
        assertThat(percentage.sensible(100)).isTrue();
        assertThat(percentage.sensible(150)).isFalse();
        assertThat(percentage.sensible(-1)).isFalse();

        GoalCard count = goal("boeken per maand", 85.0);
        assertThat(count.sensible(150)).as("a count may pass its target").isTrue();
        assertThat(count.sensible(850)).as("850 for 85").isFalse();
        assertThat(goal("boeken", null).sensible(850)).isTrue();
    }

    @Test
    void aGoalOfThreeYearsCarriesItsLastTwelveMeasurementsAndCountsTheOlderOnes() {
        double[] weekly = IntStream.range(0, 156).mapToDouble(week -> week).toArray();

        GoalCard goal = goal("minuten", null, weekly);

        assertThat(goal.measurements()).hasSize(GoalCard.SHOWN_MEASUREMENTS)
                .extracting(GoalCard.MeasurementPoint::value).startsWith(144.0).endsWith(155.0);
        assertThat(goal.measurements().get(0).measuredOn()).isEqualTo(START.plusWeeks(144));
        assertThat(goal.olderMeasurements()).isEqualTo(144);
        assertThat(goal.measurementCount()).isEqualTo(156);
        assertThat(goal.measurementAt(150).value()).as("by its place among all measurements").isEqualTo(150.0);
    }

    @Test
    void aFewMeasurementsAreAllShownWithNoneOlder() {
        GoalCard goal = goal("minuten", null, 3, 4, 5);

        assertThat(goal.measurements()).extracting(GoalCard.MeasurementPoint::value).containsExactly(3.0, 4.0, 5.0);
        assertThat(goal.olderMeasurements()).isZero();
        assertThat(goal.measurementAt(0).value()).isEqualTo(3.0);
    }

    @Test
    void theSuggestionStillReadsTheLastMeasurementAndTheDirectionFromTheFirstWhenOlderOnesAreNotShown() {
        // Started at 20 above a target of 5 and came down: every shown measurement is already below 5.
        double[] downward = IntStream.range(0, 30).mapToDouble(week -> week < 10 ? 20 - week : 4).toArray();
        GoalCard reached = goal("uitval per week", 5.0, downward);
        assertThat(reached.measurements()).allMatch(point -> point.value() < 5);
        assertThat(reached.suggestedOutcome()).as("down to the target from above").contains(GoalOutcome.REACHED);

        // Started at 0 below a target of 50, last at 40: not reached, even though all shown values are 40.
        double[] upward = IntStream.range(0, 30).mapToDouble(week -> week == 0 ? 0 : 40).toArray();
        GoalCard notReached = goal("% dat leest", 50.0, upward);
        assertThat(notReached.suggestedOutcome()).contains(GoalOutcome.NOT_REACHED);
        assertThat(notReached.contradicts(GoalOutcome.REACHED)).isTrue();

        double[] endsHigh = IntStream.range(0, 30).mapToDouble(week -> week == 29 ? 55 : 10).toArray();
        assertThat(goal("% dat leest", 50.0, endsHigh).suggestedOutcome()).as("the last one counts")
                .contains(GoalOutcome.REACHED);
    }

    private static GoalCard goal(String measure, Double target, double... values) {
        List<GoalCard.MeasurementPoint> points = IntStream.range(0, values.length)
                .mapToObj(i -> new GoalCard.MeasurementPoint(START.plusWeeks(i), values[i])).toList();
        return GoalCard.of(1, 0, "Doel", measure, target, START, START.plusWeeks(6), null, null, points);
    }
}
