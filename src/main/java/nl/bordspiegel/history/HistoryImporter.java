package nl.bordspiegel.history;

import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.bordspiegel.historymodel.SchoolHistory;

/**
 * Writes a validated {@link SchoolHistory} into the database, in one transaction: it is
 * imported whole or not at all. Each module writes its own part ({@link SchoolPart}).
 */
@Service
public class HistoryImporter {

    private final SchoolRoot schools;
    private final List<SchoolPart> parts;

    /** {@code parts} come in their {@code @Order}, the school's own first. */
    HistoryImporter(SchoolRoot schools, List<SchoolPart> parts) {
        this.schools = schools;
        this.parts = parts;
    }

    /**
     * Imports the school as a new one. {@code passwordHash} is given to every person (the
     * demo school); for a real school it is null and people set their own password later.
     *
     * @return the new school's id
     * @throws HistoryFormatException when a login e-mail already belongs to someone
     */
    @Transactional
    public long importSchool(SchoolHistory history, String passwordHash) {
        HistoryImport run = new HistoryImport(history, passwordHash, null);
        parts.forEach(part -> part.importFrom(run));
        return run.schoolId();
    }

    /**
     * Imports the history into an existing, empty school, which takes the file's name and
     * sector. Callers check that the school is empty and theirs.
     */
    @Transactional
    public void importInto(long schoolId, SchoolHistory history) {
        HistoryImport run = new HistoryImport(history, null, schoolId);
        parts.forEach(part -> part.importFrom(run));
    }

    /** Marks the demo school: its published password works there and nowhere else. */
    @Transactional
    public void markAsDemo(long schoolId) {
        schools.markAsDemo(schoolId);
    }

    /** The people of a school by their login e-mail, for the restore command's set-password links. */
    @Transactional(readOnly = true)
    public Map<String, Long> personIdsByEmail(long schoolId) {
        return schools.personIdsByEmail(schoolId);
    }

    public boolean databaseHasSchools() {
        return !schools.schoolIds().isEmpty();
    }
}
