package nl.bordspiegel.coach;

import org.springframework.data.jpa.repository.JpaRepository;

interface CoachUpdateRepository extends JpaRepository<CoachUpdate, Long> {
}
