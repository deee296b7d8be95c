package nl.bordspiegel.session;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface BoardSessionRepository extends JpaRepository<BoardSession, Long> {

    Optional<BoardSession> findFirstByTeamIdAndStateOrderByIdDesc(long teamId, SessionState state);

    @Query("select min(s.heldOn) from BoardSession s where s.teamId = ?1")
    Optional<LocalDate> firstDate(long teamId);

    List<BoardSession> findByTeamIdAndHeldOnBetweenOrderByHeldOnDescIdDesc(long teamId, LocalDate from, LocalDate to);

    List<BoardSession> findByTeamIdAndStateOrderByHeldOnDescIdDesc(long teamId, SessionState state, Pageable page);

    List<BoardSession> findByTeamIdOrderByHeldOnAscIdAsc(long teamId);
}
