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
interface ActionRepository extends JpaRepository<ImprovementAction, Long> {
    @Query("select a from ImprovementAction a where a.teamId = ?1 and (a.status in ?2 or a.closedOn >= ?3)"
            + " order by a.dueOn nulls last, a.id")
    List<ImprovementAction> findShownOnBoard(long teamId, Collection<ActionStatus> open, LocalDate closedSince);

    List<ImprovementAction> findByTeamIdAndStatusInOrderByDueOnAscIdAsc(long teamId,
                                                                      Collection<ActionStatus> statuses);

    List<ImprovementAction> findByTeamIdOrderByCreatedOnAscIdAsc(long teamId);

    List<ImprovementAction> findByFromIdeaId(long ideaId);
}
