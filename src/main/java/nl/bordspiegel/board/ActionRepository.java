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
    /** Open actions without a due date or due since {@code dueSince}, and those closed since {@code closedSince}. */
    @Query("select a from ImprovementAction a where a.teamId = ?1"
            + " and (a.status in ?2 and (a.dueOn is null or a.dueOn >= ?4) or a.status not in ?2 and a.closedOn >= ?3)"
            + " order by a.dueOn nulls last, a.id")
    List<ImprovementAction> findShownOnBoard(long teamId, Collection<ActionStatus> open, LocalDate closedSince,
                                             LocalDate dueSince);

    /** Open actions due before {@code before}, the latest first: one click away from the board. */
    @Query("select a from ImprovementAction a where a.teamId = ?1 and a.status in ?2"
            + " and a.dueOn < ?3 order by a.dueOn desc, a.id desc")
    List<ImprovementAction> findOpenDueBefore(long teamId, Collection<ActionStatus> open, LocalDate before,
                                              org.springframework.data.domain.Pageable page);

    @Query("select count(a) from ImprovementAction a where a.teamId = ?1 and a.status in ?2"
            + " and a.dueOn < ?3")
    int countOpenDueBefore(long teamId, Collection<ActionStatus> open, LocalDate before);

    List<ImprovementAction> findByTeamIdAndStatusInOrderByDueOnAscIdAsc(long teamId,
                                                                      Collection<ActionStatus> statuses);

    List<ImprovementAction> findByTeamIdOrderByCreatedOnAscIdAsc(long teamId);

    List<ImprovementAction> findByFromIdeaId(long ideaId);
}
