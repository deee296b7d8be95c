package nl.bordspiegel.mirror;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

import nl.bordspiegel.shared.SchoolData;

/**
 * The mirror's share of data retention: old journal entries. Self and team views and shared
 * snapshots are kept (they are few and the leader manages them) but count as activity.
 */
@Component
class MirrorData implements SchoolData {

    private static final String M = "'" + MARKER + "'";
    private static final String OLD_JOURNAL = "select id from journal_entry where leader_id in (:people)"
            + " and written_on < :cut";
    private static final String ACTIVE = "select leader_id from journal_entry where leader_id in (:people)"
            + " and written_on >= :cut"
            + " union select leader_id from team_perception where leader_id in (:people) and answered_on >= :cut"
            + " union select teacher_id from team_perception where teacher_id in (:people) and answered_on >= :cut"
            + " union select leader_id from self_view where leader_id in (:people) and answered_on >= :cut"
            + " union select leader_id from shared_snapshot where leader_id in (:people) and shared_at >= :cutAt"
            + " union select coach_id from shared_snapshot where coach_id in (:people) and shared_at >= :cutAt";

    private final NamedParameterJdbcTemplate named;

    MirrorData(JdbcTemplate jdbc) {
        this.named = new NamedParameterJdbcTemplate(jdbc);
    }

    @Override
    public Map<Kind, Long> countOld(Scope scope) {
        return Map.of(Kind.JOURNAL_ENTRIES, scope.count(named, OLD_JOURNAL));
    }

    @Override
    public void deleteOld(Scope scope) {
        Scope.each(named, "delete from journal_entry where id = ?", scope.ids(named, OLD_JOURNAL));
    }

    @Override
    public void anonymiseOld(Scope scope) {
        Scope.each(named, "update journal_entry set text = " + M + ", prompt = case when prompt is null then null else "
                + M + " end where id = ?", scope.ids(named, OLD_JOURNAL));
    }

    @Override
    public Set<Long> activeSince(Scope scope) {
        return new HashSet<>(scope.ids(named, ACTIVE));
    }
}
