package nl.bordspiegel.board;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Version;

import nl.bordspiegel.shared.InvalidInputException;

/** A team goal with its measure (meetlat): a target, measurements over time, a period and an outcome. */
@Entity
class Goal implements Removable {

    /** The title, measure and outcome_note columns. */
    private static final int MAX_TEXT = 500;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "team_id", nullable = false)
    private long teamId;

    private String title;

    private String measure;

    private Double target;

    @Column(name = "started_on")
    private LocalDate startedOn;

    @Column(name = "ends_on")
    private LocalDate endsOn;

    @Enumerated(EnumType.STRING)
    private GoalOutcome outcome;

    @Column(name = "outcome_note")
    private String outcomeNote;

    // Measurements belong to their goal only. A card reads only its last few (LastMeasurements); changes load them all.
    @ElementCollection
    @CollectionTable(name = "measurement", joinColumns = @JoinColumn(name = "goal_id"))
    private List<Point> measurements = new ArrayList<>();

    @Version
    private int version;

    @Embedded
    private Removal removal = new Removal();

    protected Goal() {
    }

    Goal(long teamId, String title, String measure, Double target, LocalDate startedOn, LocalDate endsOn) {
        this.teamId = teamId;
        requirePeriod(startedOn, endsOn);
        this.title = requireTitle(title);
        this.measure = BoardService.optional(measure, MAX_TEXT, BoardFields.MEASURE, "board.input.field.measure");
        this.target = requireTarget(target);
        this.startedOn = startedOn;
        this.endsOn = endsOn;
    }

    void measure(LocalDate on, double value) {
        if (outcome != null) {
            // A measurement carries no version: the screen still showed the goal running when another closed it.
            throw new CardChangedException(CardKind.GOAL, id, version);
        }
        measurements.add(new Point(on, value));
    }

    /** Title, measure, target and period, checked as when the goal was added. */
    void edit(String newTitle, String newMeasure, Double newTarget, LocalDate newStart, LocalDate newEnd) {
        requirePeriod(newStart, newEnd);
        title = requireTitle(newTitle);
        measure = BoardService.optional(newMeasure, MAX_TEXT, BoardFields.MEASURE, "board.input.field.measure");
        target = requireTarget(newTarget);
        startedOn = newStart;
        endsOn = newEnd;
    }

    private static String requireTitle(String title) {
        return BoardService.required(title, MAX_TEXT, BoardFields.TITLE, "board.input.field.title");
    }

    /** A target is a plain number: infinity or "not a number" cannot be measured against or exported. */
    private static Double requireTarget(Double target) {
        if (target != null && !Double.isFinite(target)) {
            throw InvalidInputException.at(BoardFields.TARGET, "board.goal.target.invalid");
        }
        return target;
    }

    private static void requirePeriod(LocalDate start, LocalDate end) {
        if (end != null && start != null && end.isBefore(start)) {
            throw InvalidInputException.at(BoardFields.ENDS_ON, "board.goal.endBeforeStart");
        }
    }

    /** The measurement at {@code index} in date order, as the card shows them. */
    void correct(int index, double value) {
        Point point = at(index);
        measurements.set(measurements.indexOf(point), new Point(point.measuredOn, value));
    }

    GoalCard.MeasurementPoint removeMeasurement(int index) {
        Point point = at(index);
        measurements.remove(point);
        return new GoalCard.MeasurementPoint(point.measuredOn, point.measuredValue);
    }

    private Point at(int index) {
        List<Point> sorted = measurements.stream().sorted(Comparator.comparing(Point::measuredOn)).toList();
        if (index < 0 || index >= sorted.size()) {
            throw new IllegalArgumentException("Goal " + id + " has no measurement " + index);
        }
        return sorted.get(index);
    }

    /** A goal closed by mistake runs again, without its outcome. */
    void reopen() {
        if (outcome == null) {
            throw new IllegalStateException("Goal " + id + " is running");
        }
        outcome = null;
        outcomeNote = null;
    }

    void closeOut(GoalOutcome how, String why) {
        if (outcome != null) {
            throw new IllegalStateException("Goal " + id + " is already closed");
        }
        this.outcome = java.util.Objects.requireNonNull(how);
        this.outcomeNote = BoardService.optional(why, MAX_TEXT);
    }

    long id() {
        return id;
    }

    /** Hibernate leaves an embedded value null when all its columns are: a card that was never deleted. */
    @Override
    public Removal removal() {
        if (removal == null) {
            removal = new Removal();
        }
        return removal;
    }

    @Override
    public String describe() {
        return title;
    }

    @Override
    public long teamId() {
        return teamId;
    }

    @Override
    public int version() {
        return version;
    }

    String title() {
        return title;
    }

    /** The card with what it shows of the measurements, read apart: the full list is not loaded for it. */
    GoalCard card(LastMeasurements last) {
        return new GoalCard(id, version, title, measure, target, startedOn, endsOn, outcome, outcomeNote,
                last.shown(), last.older(), last.firstValue());
    }

    @Embeddable
    static class Point {
        @Column(name = "measured_on", nullable = false)
        private LocalDate measuredOn;

        @Column(name = "measured_value", nullable = false)
        private double measuredValue;

        protected Point() {
        }

        Point(LocalDate measuredOn, double measuredValue) {
            this.measuredOn = measuredOn;
            this.measuredValue = measuredValue;
        }

        LocalDate measuredOn() {
            return measuredOn;
        }
    }
}
