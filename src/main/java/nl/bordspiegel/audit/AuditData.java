package nl.bordspiegel.audit;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import nl.bordspiegel.shared.QueriedSchoolData;

/** The audit log's share of data retention: old entries go; a forgotten person's name leaves the log. */
@Component
class AuditData extends QueriedSchoolData {

    private static final String OLD_AUDIT = "select id from audit_entry where school_id = :school"
            + " and occurred_at < :cutAt";
    private static final String ACTIVE = "select actor_id from audit_entry where school_id = :school"
            + " and actor_id is not null and occurred_at >= :cutAt";

    AuditData(JdbcTemplate jdbc) {
        super(jdbc, ACTIVE, OldRows.of(Kind.AUDIT_ENTRIES, OLD_AUDIT)
                .deletedBy("delete from audit_entry where id = ?")
                .anonymisedBy("update audit_entry set detail = " + MARKER_SQL + " where id = ?"));
    }

    @Override
    public void forget(long personId, String oldEmail, String newName) {
        named.getJdbcTemplate().update("update audit_entry set actor_name = ? where actor_id = ?", newName, personId);
    }
}
