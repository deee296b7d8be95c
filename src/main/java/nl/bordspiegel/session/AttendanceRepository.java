package nl.bordspiegel.session;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface AttendanceRepository extends JpaRepository<Attendance, Attendance.Key> {

    List<Attendance> findBySessionId(long sessionId);

    List<Attendance> findBySessionIdIn(Collection<Long> sessionIds);

    Optional<Attendance> findBySessionIdAndPersonId(long sessionId, long personId);
}
