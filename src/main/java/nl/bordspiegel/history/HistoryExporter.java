package nl.bordspiegel.history;

import java.time.LocalDate;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.bordspiegel.historymodel.SchoolHistory;

/**
 * Reads one school from the database as a {@link SchoolHistory}: for export, and as the
 * input of the leadership inference. Each module adds its own part ({@link SchoolPart});
 * keys come from row ids ({@link HistoryKeys}), so the same database always gives the same
 * file. Running sessions are not history yet.
 */
@Service
public class HistoryExporter {

    private final SchoolRoot schools;
    private final List<SchoolPart> parts;

    /** {@code parts} come in their {@code @Order}, the school's own first. */
    HistoryExporter(SchoolRoot schools, List<SchoolPart> parts) {
        this.schools = schools;
        this.parts = parts;
    }

    public List<Long> schoolIds() {
        return schools.schoolIds();
    }

    /** The whole record of a school. Callers check that the reader may see it. */
    @Transactional(readOnly = true)
    public SchoolHistory export(long schoolId) {
        return export(schoolId, null);
    }

    /**
     * The school with only what happened on or after {@code from} (people, teams and goals
     * whole): what an inference over a recent window needs, without reading years of
     * sessions it would skip anyway. {@code null} means everything. Callers check access.
     */
    @Transactional(readOnly = true)
    public SchoolHistory export(long schoolId, LocalDate from) {
        HistoryExport export = new HistoryExport(schoolId, from);
        parts.forEach(part -> part.exportTo(export));
        return export.toHistory();
    }
}
