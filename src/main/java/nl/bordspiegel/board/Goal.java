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

    // Measurements belong to their goal only; a goal has a few dozen at most.
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
        this.title = BoardService.required(title, 500);
        this.measure = BoardService.optional(measure, 500);
        this.target = target;
        if (endsOn != null && startedOn != null && endsOn.isBefore(startedOn)) {
            throw new IllegalArgumentException("A goal cannot end before it starts");
        }
        this.startedOn = startedOn;
        this.endsOn = endsOn;
    }

    void measure(LocalDate on, double value) {
        if (outcome != null) {
            throw new IllegalStateException("Goal " + id + " is closed");
        }
        measurements.add(new Point(on, value));
    }

    /** Title, measure, target and period, checked as when the goal was added. */
    void edit(String newTitle, String newMeasure, Double newTarget, LocalDate newStart, LocalDate newEnd) {
        if (newEnd != null && newStart != null && newEnd.isBefore(newStart)) {
            throw InvalidInputException.at("endsOn", "board.goal.endBeforeStart");
        }
        title = BoardService.required(newTitle, 500);
        measure = BoardService.optional(newMeasure, 500);
        target = newTarget;
        startedOn = newStart;
        endsOn = newEnd;
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
        this.outcomeNote = BoardService.optional(why, 500);
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

    GoalCard card() {
        List<GoalCard.MeasurementPoint> points = measurements.stream()
                .sorted(Comparator.comparing(Point::measuredOn))
                .map(point -> new GoalCard.MeasurementPoint(point.measuredOn, point.measuredValue)).toList();
        return new GoalCard(id, version, title, measure, target, startedOn, endsOn, outcome, outcomeNote, points);
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
