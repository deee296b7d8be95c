package nl.bordspiegel.dataversion;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import nl.bordspiegel.school.SchoolDirectory;
import nl.bordspiegel.shared.BoardEvent;

/**
 * Every board and session change counts as a change of its school's data. A plain (not
 * after-commit) listener runs inside the publishing service's transaction, so the bump
 * commits or rolls back with the change itself.
 */
@Component
class DataChangeListener {

    private final DataVersions versions;
    private final SchoolDirectory directory;

    DataChangeListener(DataVersions versions, SchoolDirectory directory) {
        this.versions = versions;
        this.directory = directory;
    }

    @EventListener
    void on(BoardEvent change) {
        versions.bump(directory.schoolOfTeam(change.teamId()));
    }
}
