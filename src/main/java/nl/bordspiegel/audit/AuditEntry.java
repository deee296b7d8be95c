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
        this.actorName = cut(actorName, 200);
        this.action = action;
        // The entry is written even when a caller's detail is long: the trace matters more than its tail.
        this.detail = cut(detail == null ? "" : detail, DETAIL_MAX);
        this.occurredAt = occurredAt;
    }

    private static String cut(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }

    AuditRecord record() {
        return new AuditRecord(occurredAt, actorName, action, detail);
    }
}
