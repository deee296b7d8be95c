package nl.bordspiegel.board;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

import nl.bordspiegel.history.HistoryExport;
import nl.bordspiegel.history.HistoryImport;
import nl.bordspiegel.history.HistoryKeys;
import nl.bordspiegel.historymodel.SchoolHistory;
import nl.bordspiegel.history.SchoolPart;
import nl.bordspiegel.shared.Vocabulary.ActionStatus;
import nl.bordspiegel.shared.Vocabulary.CommentKind;
import nl.bordspiegel.shared.Vocabulary.IdeaStatus;

/** The boards' share of a school's history file: goals with measurements, ideas, actions, comments, successes. */
@Component
@Order(10)
class BoardHistoryPart implements SchoolPart {

    private final JdbcTemplate jdbc;
    private final NamedParameterJdbcTemplate named;

    BoardHistoryPart(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        this.named = new NamedParameterJdbcTemplate(jdbc);
    }

    @Override
    public void exportTo(HistoryExport export) {
        export.goals().addAll(goals(export));
        export.ideas().addAll(named.query("select id, team_id, author_id, proposed_on, text, status from idea"
                + " where team_id in (:teams) and deleted_at is null" + export.since("proposed_on") + " order by id", export.params(),
                (rs, n) -> new SchoolHistory.Idea(HistoryKeys.idea(rs.getLong(1)), HistoryKeys.team(rs.getLong(2)),
                        HistoryKeys.person(rs.getLong(3)), date(rs, 4), rs.getString(5),
                        IdeaStatus.valueOf(rs.getString(6)))));
        export.actions().addAll(named.query("select team_id, title, owner_id, created_by_id, from_idea_id, created_on,"
                + " due_on, status, closed_on from improvement_action where team_id in (:teams)"
                + export.since("created_on") + " order by id", export.params(),
                (rs, n) -> new SchoolHistory.Action(HistoryKeys.team(rs.getLong(1)), rs.getString(2),
                        HistoryKeys.person(rs.getObject(3, Long.class)), HistoryKeys.person(rs.getLong(4)),
                        idea(rs.getObject(5, Long.class)), date(rs, 6), date(rs, 7),
                        ActionStatus.valueOf(rs.getString(8)), date(rs, 9))));
        export.comments().addAll(named.query("select team_id, author_id, written_on, kind, text from board_comment"
                + " where team_id in (:teams) and deleted_at is null" + export.since("written_on") + " order by id", export.params(),
                (rs, n) -> new SchoolHistory.Comment(HistoryKeys.team(rs.getLong(1)), HistoryKeys.person(rs.getLong(2)),
                        date(rs, 3), CommentKind.valueOf(rs.getString(4)), rs.getString(5))));
        export.successes().addAll(named.query("select team_id, author_id, noted_on, text from success"
                + " where team_id in (:teams) and deleted_at is null" + export.since("noted_on") + " order by id", export.params(),
                (rs, n) -> new SchoolHistory.Success(HistoryKeys.team(rs.getLong(1)), HistoryKeys.person(rs.getLong(2)),
                        date(rs, 3), rs.getString(4))));
    }

    /** Goals whole, measurements only from the window. */
    private List<SchoolHistory.Goal> goals(HistoryExport export) {
        Map<Long, List<SchoolHistory.Measurement>> measurements = new HashMap<>();
        named.query("select m.goal_id, m.measured_on, m.measured_value from measurement m join goal g on g.id = m.goal_id"
                + " where g.team_id in (:teams) and g.deleted_at is null" + export.since("m.measured_on") + " order by m.measured_on, m.id",
                export.params(), rs -> {
                    measurements.computeIfAbsent(rs.getLong(1), id -> new ArrayList<>())
                            .add(new SchoolHistory.Measurement(date(rs, 2), rs.getDouble(3)));
                });
        return named.query("select id, team_id, title, measure, target from goal where team_id in (:teams)"
                + " and deleted_at is null order by id",
                export.params(), (rs, n) -> new SchoolHistory.Goal(HistoryKeys.goal(rs.getLong(1)),
                        HistoryKeys.team(rs.getLong(2)), rs.getString(3), rs.getString(4),
                        rs.getObject(5, Double.class), measurements.getOrDefault(rs.getLong(1), List.of())));
    }

    @Override
    public void importFrom(HistoryImport run) {
        SchoolHistory history = run.history();
        Map<String, Long> ideas = new HashMap<>();
        history.goals().forEach(goal -> goal(run, goal));
        history.ideas().forEach(idea -> ideas.put(idea.key(), HistoryImport.insert(jdbc, "idea",
                Map.of("team_id", run.team(idea.team()), "author_id", run.person(idea.author()),
                        "proposed_on", Date.valueOf(idea.date()), "text", idea.text(), "status", idea.status().name()))));
        history.actions().forEach(action -> action(run, action, ideas));
        history.successes().forEach(success -> HistoryImport.insert(jdbc, "success", Map.of(
                "team_id", run.team(success.team()), "author_id", run.person(success.author()),
                "noted_on", Date.valueOf(success.date()), "text", success.text())));
        history.comments().forEach(comment -> HistoryImport.insert(jdbc, "board_comment", Map.of(
                "team_id", run.team(comment.team()), "author_id", run.person(comment.author()),
                "written_on", Date.valueOf(comment.date()), "kind", comment.kind().name(), "text", comment.text())));
    }

    private void goal(HistoryImport run, SchoolHistory.Goal goal) {
        Map<String, Object> row = new HashMap<>();
        row.put("team_id", run.team(goal.team()));
        row.put("title", goal.title());
        row.put("measure", goal.measure());
        row.put("target", goal.target());
        goal.measurements().stream().map(SchoolHistory.Measurement::date).min(LocalDate::compareTo)
                .ifPresent(first -> row.put("started_on", Date.valueOf(first)));
        long id = HistoryImport.insert(jdbc, "goal", row);
        jdbc.batchUpdate("insert into measurement (goal_id, measured_on, measured_value) values (?, ?, ?)",
                goal.measurements().stream().map(m -> new Object[] {id, Date.valueOf(m.date()), m.value()}).toList());
    }

    private void action(HistoryImport run, SchoolHistory.Action action, Map<String, Long> ideas) {
        Map<String, Object> row = new HashMap<>();
        row.put("team_id", run.team(action.team()));
        row.put("title", action.title());
        row.put("owner_id", run.person(action.owner()));
        row.put("created_by_id", run.person(action.createdBy()));
        row.put("from_idea_id", action.fromIdea() == null ? null : ideas.get(action.fromIdea()));
        row.put("created_on", Date.valueOf(action.created()));
        row.put("due_on", action.due() == null ? null : Date.valueOf(action.due()));
        row.put("closed_on", action.closed() == null ? null : Date.valueOf(action.closed()));
        row.put("status", action.status().name());
        HistoryImport.insert(jdbc, "improvement_action", row);
    }

    private static String idea(Long id) {
        return id == null ? null : HistoryKeys.idea(id);
    }

    private static LocalDate date(ResultSet rs, int column) throws SQLException {
        return rs.getObject(column, LocalDate.class);
    }
}
