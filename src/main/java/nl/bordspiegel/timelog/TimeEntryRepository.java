package nl.bordspiegel.timelog;

import java.time.LocalDate;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface TimeEntryRepository extends JpaRepository<TimeEntry, Long> {

    List<TimeEntry> findByPersonIdAndDateBetweenOrderByDateDescIdDesc(long personId, LocalDate from, LocalDate to);
}
