package nl.bordspiegel.mirror;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A nudge the leader put away: the same fact is not raised again. */
@Entity
@Table(name = "dismissed_nudge")
class DismissedNudge {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "leader_id", nullable = false)
    private long leaderId;

    @Column(name = "nudge_key", nullable = false)
    private String nudgeKey;

    @Column(name = "dismissed_on", nullable = false)
    private LocalDate dismissedOn;

    protected DismissedNudge() {
    }

    DismissedNudge(long leaderId, String nudgeKey, LocalDate dismissedOn) {
        this.leaderId = leaderId;
        this.nudgeKey = nudgeKey;
        this.dismissedOn = dismissedOn;
    }

    String nudgeKey() {
        return nudgeKey;
    }
}
