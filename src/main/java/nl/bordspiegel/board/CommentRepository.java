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
    List<BoardComment> findByTeamIdAndRemovalDeletedAtIsNullAndWrittenOnGreaterThanEqualOrderByWrittenOnAscIdAsc(long teamId,
                                                                                      LocalDate since);
}
