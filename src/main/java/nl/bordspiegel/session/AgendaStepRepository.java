package nl.bordspiegel.session;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface AgendaStepRepository extends JpaRepository<AgendaStep, Long> {

    List<AgendaStep> findByTeamIdOrderByPositionAsc(long teamId);

    @Modifying
    @Query("delete from AgendaStep s where s.teamId = ?1")
    void deleteByTeam(long teamId);
}
