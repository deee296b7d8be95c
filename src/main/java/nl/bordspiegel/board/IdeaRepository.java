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
interface IdeaRepository extends JpaRepository<Idea, Long> {
    /** New ideas (open work, never old) and the ideas parked since {@code parkedSince}. */
    @Query("select i from Idea i where i.teamId = ?1 and i.removal.deletedAt is null"
            + " and (i.status = nl.bordspiegel.shared.Vocabulary.IdeaStatus.NEW"
            + " or i.status = nl.bordspiegel.shared.Vocabulary.IdeaStatus.PARKED and i.proposedOn >= ?2)"
            + " order by i.proposedOn, i.id")
    List<Idea> findShownOnBoard(long teamId, LocalDate parkedSince);

    /** The ideas parked before {@code before}, newest first: one click away from the board. */
    @Query("select i from Idea i where i.teamId = ?1 and i.removal.deletedAt is null"
            + " and i.status = nl.bordspiegel.shared.Vocabulary.IdeaStatus.PARKED and i.proposedOn < ?2"
            + " order by i.proposedOn desc, i.id desc")
    List<Idea> findParkedBefore(long teamId, LocalDate before, org.springframework.data.domain.Pageable page);

    @Query("select count(i) from Idea i where i.teamId = ?1 and i.removal.deletedAt is null"
            + " and i.status = nl.bordspiegel.shared.Vocabulary.IdeaStatus.PARKED and i.proposedOn < ?2")
    int countParkedBefore(long teamId, LocalDate before);
}
