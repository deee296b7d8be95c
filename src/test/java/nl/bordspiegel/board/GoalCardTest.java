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
    void aShownMeasurementIsFoundByItsPlaceAmongAllOfTheGoalsMeasurements() {
        GoalCard goal = showingLast("minuten", null, 144, 0.0, 144, 145, 146);

        assertThat(goal.measurementCount()).isEqualTo(147);
        assertThat(goal.measurementAt(144).value()).isEqualTo(144.0);
        assertThat(goal.measurementAt(146).value()).isEqualTo(146.0);
        assertThat(goal("minuten", null, 3, 4, 5).measurementAt(0).value()).isEqualTo(3.0);
    }

    @Test
    void theSuggestionReadsTheLastMeasurementAndTheDirectionFromTheFirstEvenWhenThatOneIsNotShown() {
        // Started at 20, above a target of 5, and came down: every shown measurement is already below 5.
        GoalCard cameDown = showingLast("uitval per week", 5.0, 20, 20.0, 4, 4, 3);
        assertThat(cameDown.suggestedOutcome()).as("down to the target from above").contains(GoalOutcome.REACHED);
        assertThat(cameDown.contradicts(GoalOutcome.NOT_REACHED)).isTrue();

        // Started at 60, above a target of 50 (fewer is better): the shown 55s have not come down to it.
        assertThat(showingLast("minuten te laat", 50.0, 30, 60.0, 52, 55).suggestedOutcome())
                .contains(GoalOutcome.NOT_REACHED);
        assertThat(showingLast("% dat leest", 50.0, 30, 0.0, 40, 55).suggestedOutcome()).as("the last one counts")
                .contains(GoalOutcome.REACHED);
    }

    /** A card as the board gets it for a goal with {@code older} measurements before the shown ones. */
    private static GoalCard showingLast(String measure, Double target, int older, double first, double... shown) {
        List<GoalCard.MeasurementPoint> points = IntStream.range(0, shown.length)
                .mapToObj(i -> new GoalCard.MeasurementPoint(START.plusWeeks(older + i), shown[i])).toList();
        return new GoalCard(1, 0, "Doel", measure, target, START, START.plusWeeks(200), null, null, points, older, first);
    }

    private static GoalCard goal(String measure, Double target, double... values) {
        List<GoalCard.MeasurementPoint> points = IntStream.range(0, values.length)
                .mapToObj(i -> new GoalCard.MeasurementPoint(START.plusWeeks(i), values[i])).toList();
        return new GoalCard(1, 0, "Doel", measure, target, START, START.plusWeeks(6), null, null, points, 0,
                values.length == 0 ? null : values[0]);
    }
}
