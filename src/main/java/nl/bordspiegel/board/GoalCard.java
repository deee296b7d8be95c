package nl.bordspiegel.board;

import java.time.LocalDate;
import java.util.List;

/** A goal as a board shows it; {@code target}, dates and outcome may be null. */
public record GoalCard(long id, long version, String title, String measure, Double target, LocalDate startedOn,
                       LocalDate endsOn, GoalOutcome outcome, String outcomeNote, List<MeasurementPoint> measurements) {

    public GoalCard {
        measurements = List.copyOf(measurements);
    }

    public boolean running() {
        return outcome == null;
    }

    public record MeasurementPoint(LocalDate measuredOn, double value) {
    }
}
