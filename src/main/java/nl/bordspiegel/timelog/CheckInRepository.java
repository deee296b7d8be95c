package nl.bordspiegel.timelog;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface CheckInRepository extends JpaRepository<CheckIn, Long> {

    Optional<CheckIn> findFirstByPersonIdOrderByDateDescIdDesc(long personId);
}
