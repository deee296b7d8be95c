package nl.bordspiegel.school;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface TeamRepository extends JpaRepository<Team, Long> {

    List<Team> findBySchoolIdAndArchivedFalseOrderByName(long schoolId);

    List<Team> findBySchoolIdOrderByName(long schoolId);

    @Query("select t from Team t where t.archived = false and (:person member of t.members"
            + " or :person member of t.leaders or :person member of t.coaches) order by t.name")
    List<Team> findInvolving(long person);
}
