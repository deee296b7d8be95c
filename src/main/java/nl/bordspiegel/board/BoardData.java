package nl.bordspiegel.board;

import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

import nl.bordspiegel.shared.SchoolData;

/**
 * The boards' share of data retention. Open work is never old: new ideas, open or running
 * actions, running goals. A closed action is old when the day it closed (or, unknown, the day
 * it was made) is before the cut-off; a goal when it was closed out or its end date passed and
 * its last date (end, start or last measurement) is before the cut-off. Measurements go with
 * their goal.
 */
@Component
class BoardData implements SchoolData {

    private static final String M = "'" + MARKER + "'";

    private static final String OLD_GOALS = "select g.id from goal g where g.team_id in (:teams)"
            + " and (g.outcome is not null or g.ends_on is not null)"
            + " and coalesce(g.ends_on, g.started_on, (select max(m.measured_on) from measurement m"
            + " where m.goal_id = g.id)) < :cut"
            + " and not exists (select 1 from measurement m where m.goal_id = g.id and m.measured_on >= :cut)";
    private static final String OLD_ACTIONS = "select id from improvement_action where team_id in (:teams)"
            + " and status in ('DONE', 'DROPPED') and coalesce(closed_on, created_on) < :cut";
    private static final String OLD_IDEAS = "select id from idea where team_id in (:teams)"
            + " and status <> 'NEW' and proposed_on < :cut";
    private static final String OLD_SUCCESSES = "select id from success where team_id in (:teams) and noted_on < :cut";
    private static final String OLD_COMMENTS = "select id from board_comment where team_id in (:teams)"
            + " and written_on < :cut";
    private static final String OLD_CHANGES = "select id from board_change where team_id in (:teams)"
            + " and changed_at < :cutAt";
    private static final String ACTIVE = "select author_id from idea where team_id in (:teams) and proposed_on >= :cut"
            + " union select owner_id from improvement_action where team_id in (:teams) and owner_id is not null"
            + "   and (created_on >= :cut or closed_on >= :cut)"
            + " union select created_by_id from improvement_action where team_id in (:teams)"
            + "   and (created_on >= :cut or closed_on >= :cut)"
            + " union select author_id from success where team_id in (:teams) and noted_on >= :cut"
            + " union select author_id from board_comment where team_id in (:teams) and written_on >= :cut"
            + " union select by_person_id from board_change where team_id in (:teams) and changed_at >= :cutAt";

    private final NamedParameterJdbcTemplate named;

    BoardData(JdbcTemplate jdbc) {
        this.named = new NamedParameterJdbcTemplate(jdbc);
    }

    @Override
    public Map<Kind, Long> countOld(Scope scope) {
        Map<Kind, Long> counts = new EnumMap<>(Kind.class);
        counts.put(Kind.IDEAS, scope.count(named, OLD_IDEAS));
        counts.put(Kind.ACTIONS, scope.count(named, OLD_ACTIONS));
        counts.put(Kind.SUCCESSES, scope.count(named, OLD_SUCCESSES));
        counts.put(Kind.COMMENTS, scope.count(named, OLD_COMMENTS));
        counts.put(Kind.GOALS, scope.count(named, OLD_GOALS));
        counts.put(Kind.MEASUREMENTS, scope.count(named, "select id from measurement where goal_id in (" + OLD_GOALS + ")"));
        counts.put(Kind.BOARD_CHANGES, scope.count(named, OLD_CHANGES));
        return counts;
    }

    @Override
    public void deleteOld(Scope scope) {
        List<Long> goals = scope.ids(named, OLD_GOALS);
        List<Long> actions = scope.ids(named, OLD_ACTIONS);
        List<Long> ideas = scope.ids(named, OLD_IDEAS);
        List<Long> successes = scope.ids(named, OLD_SUCCESSES);
        List<Long> comments = scope.ids(named, OLD_COMMENTS);
        List<Long> changes = scope.ids(named, OLD_CHANGES);
        Scope.each(named, "delete from measurement where goal_id = ?", goals);
        Scope.each(named, "delete from goal where id = ?", goals);
        Scope.each(named, "delete from improvement_action where id = ?", actions);
        // A newer action that came from an old idea keeps itself, not the link.
        Scope.each(named, "update improvement_action set from_idea_id = null where from_idea_id = ?", ideas);
        Scope.each(named, "delete from idea where id = ?", ideas);
        Scope.each(named, "delete from success where id = ?", successes);
        Scope.each(named, "delete from board_comment where id = ?", comments);
        Scope.each(named, "delete from board_change where id = ?", changes);
    }

    @Override
    public void anonymiseOld(Scope scope) {
        Scope.each(named, "update goal set title = " + M + ", measure = case when measure is null then null else " + M
                + " end, outcome_note = case when outcome_note is null then null else " + M + " end where id = ?",
                scope.ids(named, OLD_GOALS));
        Scope.each(named, "update improvement_action set title = " + M + " where id = ?", scope.ids(named, OLD_ACTIONS));
        Scope.each(named, "update idea set text = " + M + " where id = ?", scope.ids(named, OLD_IDEAS));
        Scope.each(named, "update success set text = " + M + " where id = ?", scope.ids(named, OLD_SUCCESSES));
        Scope.each(named, "update board_comment set text = " + M + " where id = ?", scope.ids(named, OLD_COMMENTS));
        Scope.each(named, "update board_change set description = " + M + " where id = ?", scope.ids(named, OLD_CHANGES));
    }

    @Override
    public Set<Long> activeSince(Scope scope) {
        return new HashSet<>(scope.ids(named, ACTIVE));
    }
}
