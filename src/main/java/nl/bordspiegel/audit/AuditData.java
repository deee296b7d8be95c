package nl.bordspiegel.audit;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

import nl.bordspiegel.shared.SchoolData;

/** The audit log's share of data retention: old entries go; a forgotten person's name leaves the log. */
@Component
class AuditData implements SchoolData {

    private static final String M = "'" + MARKER + "'";
    private static final String OLD_AUDIT = "select id from audit_entry where school_id = :school"
            + " and occurred_at < :cutAt";
    private static final String ACTIVE = "select actor_id from audit_entry where school_id = :school"
            + " and actor_id is not null and occurred_at >= :cutAt";

    private final NamedParameterJdbcTemplate named;

    AuditData(JdbcTemplate jdbc) {
        this.named = new NamedParameterJdbcTemplate(jdbc);
    }

    @Override
    public Map<Kind, Long> countOld(Scope scope) {
        return Map.of(Kind.AUDIT_ENTRIES, scope.count(named, OLD_AUDIT));
    }

    @Override
    public void deleteOld(Scope scope) {
        Scope.each(named, "delete from audit_entry where id = ?", scope.ids(named, OLD_AUDIT));
    }

    @Override
    public void anonymiseOld(Scope scope) {
        Scope.each(named, "update audit_entry set detail = " + M + " where id = ?", scope.ids(named, OLD_AUDIT));
    }

    @Override
    public Set<Long> activeSince(Scope scope) {
        return new HashSet<>(scope.ids(named, ACTIVE));
    }

    @Override
    public void forget(long personId, String oldEmail, String newName) {
        named.getJdbcTemplate().update("update audit_entry set actor_name = ? where actor_id = ?", newName, personId);
    }
}
