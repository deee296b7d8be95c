package nl.bordspiegel.audit;

import java.time.LocalDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One traceable act; written once, never changed. */
@Entity
@Table(name = "audit_entry")
class AuditEntry {

    static final int DETAIL_MAX = 1000;
    static final int ACTOR_NAME_MAX = 200;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "school_id")
    private long schoolId;

    @Column(name = "actor_id")
    private Long actorId;

    @Column(name = "actor_name")
    private String actorName;

    @Enumerated(EnumType.STRING)
    private AuditAction action;

    private String detail;

    @Column(name = "occurred_at")
    private LocalDateTime occurredAt;

    protected AuditEntry() {
    }

    AuditEntry(long schoolId, Long actorId, String actorName, AuditAction action, String detail,
               LocalDateTime occurredAt) {
        this.schoolId = schoolId;
        this.actorId = actorId;
        this.actorName = fitting(actorName, ACTOR_NAME_MAX);
        this.action = action;
        this.detail = fitting(detail == null ? "" : detail, DETAIL_MAX);
        this.occurredAt = occurredAt;
    }

    /**
     * Details are written by our code from bounded names and counts, never typed freely. One that
     * does not fit is a defect: refusing it rolls the audited change back, rather than keeping a
     * trace that was silently cut short.
     */
    private static String fitting(String text, int max) {
        if (text != null && text.length() > max) {
            throw new IllegalArgumentException("An audit text of " + text.length() + " characters exceeds " + max);
        }
        return text;
    }

    AuditRecord record() {
        return new AuditRecord(occurredAt, actorName, action, detail);
    }
}
