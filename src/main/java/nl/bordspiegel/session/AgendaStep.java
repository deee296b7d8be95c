package nl.bordspiegel.session;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A stored step of a team's own agenda; a team without any uses {@link AgendaItem#DEFAULT}. */
@Entity
@Table(name = "agenda_step")
class AgendaStep {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "team_id", nullable = false)
    private long teamId;

    private int position;

    @Enumerated(EnumType.STRING)
    private AgendaKind kind;

    private String title;

    private int minutes;

    @Version
    private int version;

    protected AgendaStep() {
    }

    AgendaStep(long teamId, int position, AgendaItem item) {
        this.teamId = teamId;
        this.position = position;
        this.kind = item.kind();
        this.title = item.title();
        this.minutes = item.minutes();
    }

    AgendaItem item() {
        return new AgendaItem(kind, title, minutes);
    }
}
