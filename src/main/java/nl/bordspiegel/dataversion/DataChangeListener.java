package nl.bordspiegel.dataversion;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import nl.bordspiegel.school.SchoolOrganisationChanged;
import nl.bordspiegel.school.TeamSchools;
import nl.bordspiegel.shared.BoardEvent;

/**
 * Every board and session change counts as a change of its school's data, and so does an
 * admin's change of people, roles, teams or settings (a leader's mirror reads who is in which
 * team and who leads). A plain (not
 * after-commit) listener runs inside the publishing service's transaction, so the bump
 * commits or rolls back with the change itself.
 */
@Component
class DataChangeListener {

    private final DataVersions versions;
    private final TeamSchools teamSchools;

    DataChangeListener(DataVersions versions, TeamSchools teamSchools) {
        this.versions = versions;
        this.teamSchools = teamSchools;
    }

    @EventListener
    void on(BoardEvent change) {
        teamSchools.schoolOf(change.teamId()).ifPresent(versions::bump);
    }

    @EventListener
    void on(SchoolOrganisationChanged change) {
        versions.bump(change.schoolId());
    }
}
