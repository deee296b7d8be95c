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
interface CommentRepository extends JpaRepository<BoardComment, Long> {
    /** The remarks about the board as a whole. */
    List<BoardComment> findByTeamIdAndCardKindIsNullAndRemovalDeletedAtIsNullAndWrittenOnGreaterThanEqualOrderByWrittenOnAscIdAsc(
            long teamId, LocalDate since);

    List<BoardComment> findByTeamIdAndCardKindAndCardIdAndRemovalDeletedAtIsNullAndWrittenOnGreaterThanEqualOrderByWrittenOnAscIdAsc(
            long teamId, CardKind cardKind, long cardId, LocalDate since);

    /** How many comments each card has: a card shows the number and reads them when unfolded. */
    @Query("select new nl.bordspiegel.board.CardRef(c.cardKind, c.cardId), count(c) from BoardComment c"
            + " where c.teamId = ?1 and c.cardKind is not null and c.removal.deletedAt is null and c.writtenOn >= ?2"
            + " group by c.cardKind, c.cardId")
    List<Object[]> countByCard(long teamId, LocalDate since);

    @Query("select count(c) from BoardComment c where c.teamId = ?1 and c.cardKind = ?2 and c.cardId = ?3"
            + " and c.removal.deletedAt is null and c.writtenOn >= ?4")
    int countAbout(long teamId, CardKind cardKind, long cardId, LocalDate since);
}
