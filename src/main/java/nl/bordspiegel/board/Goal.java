package nl.bordspiegel.board;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
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

/** A team goal with its measure (meetlat): a target, measurements over time, a period and an outcome. */
@Entity
class Goal {

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

    long teamId() {
        return teamId;
    }

    int version() {
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
