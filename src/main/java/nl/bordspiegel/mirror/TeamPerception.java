package nl.bordspiegel.mirror;

import java.time.LocalDate;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import nl.bordspiegel.leadership.Pattern;

/** One teacher's two answers about one leader. Never shown one by one: only as a distribution. */
@Entity
@Table(name = "team_perception")
class TeamPerception {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "leader_id", nullable = false)
    private long leaderId;

    @Column(name = "teacher_id", nullable = false)
    private long teacherId;

    @Enumerated(EnumType.STRING)
    private Pattern recognised;

    @Enumerated(EnumType.STRING)
    private Pattern wished;

    @Column(name = "answered_on", nullable = false)
    private LocalDate answeredOn;

    @Version
    private int version;

    protected TeamPerception() {
    }

    TeamPerception(long leaderId, long teacherId) {
        this.leaderId = leaderId;
        this.teacherId = teacherId;
    }

    void answer(Pattern recognised, Pattern wished, LocalDate on) {
        this.recognised = Objects.requireNonNull(recognised);
        this.wished = Objects.requireNonNull(wished);
        this.answeredOn = on;
    }

    Pattern recognised() {
        return recognised;
    }

    Pattern wished() {
        return wished;
    }
}
