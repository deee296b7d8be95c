package nl.bordspiegel.school;

import java.util.Optional;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Which school a team belongs to, for bookkeeping that follows a change (the school's data
 * version). Not a service for users: it answers internal code only with a number, whoever is
 * signed in (also nobody, as in an import or a command), and a team that does not exist has no school.
 */
@Component
@Transactional(readOnly = true)
public class TeamSchools {

    private final TeamRepository teams;

    TeamSchools(TeamRepository teams) {
        this.teams = teams;
    }

    public Optional<Long> schoolOf(long teamId) {
        return teams.findById(teamId).map(Team::schoolId);
    }
}
