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
}
