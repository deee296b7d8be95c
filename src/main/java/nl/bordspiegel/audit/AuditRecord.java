package nl.bordspiegel.audit;

import java.time.LocalDateTime;

/** An audit entry as admins read it. */
public record AuditRecord(LocalDateTime occurredAt, String actorName, AuditAction action, String detail) {
}
