package nl.bordspiegel.mirror;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import nl.bordspiegel.leadership.Pattern;

/** The pattern a leader recognises in themselves. */
@Entity
@Table(name = "self_view")
class SelfView {

    @Id
    @Column(name = "leader_id")
    private Long leaderId;

    @Enumerated(EnumType.STRING)
    private Pattern pattern;

    @Column(name = "answered_on", nullable = false)
    private LocalDate answeredOn;

    @Version
    private int version;

    protected SelfView() {
    }

    SelfView(long leaderId, Pattern pattern, LocalDate answeredOn) {
        this.leaderId = leaderId;
        change(pattern, answeredOn);
    }

    void change(Pattern pattern, LocalDate answeredOn) {
        this.pattern = java.util.Objects.requireNonNull(pattern);
        this.answeredOn = answeredOn;
    }

    Pattern pattern() {
        return pattern;
    }
}
