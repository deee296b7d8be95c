package nl.bordspiegel.board;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import nl.bordspiegel.shared.Vocabulary.ActionStatus;
import nl.bordspiegel.shared.Vocabulary.IdeaStatus;

/** Package-private: only BoardService reaches this table. */
interface GoalRepository extends JpaRepository<Goal, Long> {
    @Query("select g from Goal g where g.teamId = ?1 and g.removal.deletedAt is null and (g.outcome is null or g.endsOn >= ?2 or g.endsOn is null)"
            + " order by g.id")
    List<Goal> findShownOnBoard(long teamId, LocalDate closedSince);

    /**
     * The last {@code shown} measurements of each goal, oldest first, each row with the goal's
     * number of measurements and its first value: {goal_id, measured_on, measured_value, total,
     * first_value}. One query however long the goals ran (ties on a day in the order they were
     * added, as {@link Goal} lists them).
     */
    @Query(nativeQuery = true, value = """
            select goal_id, measured_on, measured_value, total, first_measured from (
                select m.goal_id, m.measured_on, m.measured_value, m.id,
                       row_number() over (partition by m.goal_id order by m.measured_on desc, m.id desc) as from_last,
                       count(*) over (partition by m.goal_id) as total,
                       first_value(m.measured_value) over (partition by m.goal_id order by m.measured_on, m.id)
                           as first_measured
                from measurement m where m.goal_id in (?1)) ranked
            where from_last <= ?2
            order by goal_id, measured_on, id""")
    List<Object[]> findLastMeasurements(Collection<Long> goalIds, int shown);
}
