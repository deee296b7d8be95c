package nl.bordspiegel.mirror;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import nl.bordspiegel.shared.QueriedSchoolData;

/**
 * The mirror's share of data retention: old journal entries. Self and team views and shared
 * snapshots are kept (they are few and the leader manages them) but count as activity.
 */
@Component
class MirrorData extends QueriedSchoolData {

    private static final String OLD_JOURNAL = "select id from journal_entry where leader_id in (:people)"
            + " and written_on < :cut";
    private static final String ACTIVE = "select leader_id from journal_entry where leader_id in (:people)"
            + " and written_on >= :cut"
            + " union select leader_id from team_perception where leader_id in (:people) and answered_on >= :cut"
            + " union select teacher_id from team_perception where teacher_id in (:people) and answered_on >= :cut"
            + " union select leader_id from self_view where leader_id in (:people) and answered_on >= :cut"
            + " union select leader_id from shared_snapshot where leader_id in (:people) and shared_at >= :cutAt"
            + " union select coach_id from shared_snapshot where coach_id in (:people) and shared_at >= :cutAt";

    MirrorData(JdbcTemplate jdbc) {
        super(jdbc, ACTIVE, OldRows.of(Kind.JOURNAL_ENTRIES, OLD_JOURNAL)
                .deletedBy("delete from journal_entry where id = ?")
                .anonymisedBy("update journal_entry set text = " + MARKER_SQL + ", prompt = case when prompt is null"
                        + " then null else " + MARKER_SQL + " end where id = ?"));
    }
}
