package nl.bordspiegel.board;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.bordspiegel.school.SchoolDirectory;
import nl.bordspiegel.shared.Vocabulary.ActionStatus;

/**
 * Read-only facts of several boards at once, for reports over many teams (the coach
 * overview): the actions of the present, and the running goals with their measurements. Only teams the
 * signed-in user may open.
 */
@Service
@Transactional(readOnly = true)
public class BoardFacts {

    /** An improvement action as a report counts it; {@code ownerId}, {@code dueOn} and {@code closedOn} may be null. */
    public record ActionFact(long teamId, String title, Long ownerId, ActionStatus status, LocalDate createdOn,
                             LocalDate dueOn, LocalDate closedOn) {

        public boolean open() {
            return status.isOpen();
        }

        public boolean overdue(LocalDate today) {
            return open() && dueOn != null && dueOn.isBefore(today);
        }
    }

    /** A running goal with its measurements in date order; {@code target} may be null. */
    public record GoalFact(long teamId, String title, String measure, Double target, List<Point> measurements) {
        public GoalFact {
            measurements = List.copyOf(measurements);
        }
    }

    public record Point(LocalDate on, double value) {
    }

    private final NamedParameterJdbcTemplate jdbc;
    private final SchoolDirectory directory;

    BoardFacts(JdbcTemplate jdbc, SchoolDirectory directory) {
        this.jdbc = new NamedParameterJdbcTemplate(jdbc);
        this.directory = directory;
    }

    /**
     * The actions a report of the present needs, bounded by time and not by the board's age:
     * those still open, and those made or closed on or after {@code since}. Those with a due date first,
     * soonest first.
     */
    public List<ActionFact> currentActions(Collection<Long> teamIds, LocalDate since) {
        if (visible(teamIds).isEmpty()) {
            return List.of();
        }
        return jdbc.query("""
                select team_id, title, owner_id, status, created_on, due_on, closed_on from improvement_action
                where team_id in (:ids) and (status in ('OPEN', 'IN_PROGRESS') or created_on >= :since or closed_on >= :since)
                order by case when due_on is null then 1 else 0 end, due_on, id
                """, new MapSqlParameterSource("ids", teamIds).addValue("since", since), BoardFacts::actionFact);
    }

    private static ActionFact actionFact(ResultSet rs, int row) throws SQLException {
        return new ActionFact(rs.getLong(1), rs.getString(2), rs.getObject(3, Long.class),
                ActionStatus.valueOf(rs.getString(4)), rs.getObject(5, LocalDate.class), rs.getObject(6, LocalDate.class),
                rs.getObject(7, LocalDate.class));
    }

    /** Running goals (no outcome yet, end date not passed on {@code today}). */
    public List<GoalFact> runningGoals(Collection<Long> teamIds, LocalDate today) {
        if (visible(teamIds).isEmpty()) {
            return List.of();
        }
        MapSqlParameterSource parameters = new MapSqlParameterSource("ids", teamIds).addValue("today", today);
        Map<Long, List<Point>> measurements = new HashMap<>();
        jdbc.query("""
                select m.goal_id, m.measured_on, m.measured_value from measurement m join goal g on g.id = m.goal_id
                where g.team_id in (:ids) and g.deleted_at is null and g.outcome is null and (g.ends_on is null or g.ends_on >= :today)
                order by m.measured_on, m.id
                """, parameters, rs -> {
            measurements.computeIfAbsent(rs.getLong(1), id -> new ArrayList<>())
                    .add(new Point(rs.getObject(2, LocalDate.class), rs.getDouble(3)));
        });
        return jdbc.query("""
                select id, team_id, title, measure, target from goal
                where team_id in (:ids) and deleted_at is null and outcome is null and (ends_on is null or ends_on >= :today) order by id
                """, parameters, (rs, row) -> new GoalFact(rs.getLong(2), rs.getString(3), rs.getString(4),
                rs.getObject(5, Double.class), measurements.getOrDefault(rs.getLong(1), List.of())));
    }

    private Collection<Long> visible(Collection<Long> teamIds) {
        teamIds.forEach(directory::requireVisible);
        return teamIds;
    }
}
