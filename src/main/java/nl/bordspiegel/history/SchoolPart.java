package nl.bordspiegel.history;

/**
 * One module's share of a school's {@code school-history/1} file. Each module that owns
 * tables in the file implements it over its own tables only, so no class knows every table.
 * Parts run in {@link org.springframework.core.annotation.Order} order: the school first
 * (people and teams), then whoever refers to them.
 */
public interface SchoolPart {

    /** Adds this module's rows of {@code export.schoolId()} to the export. */
    void exportTo(HistoryExport export);

    /** Writes this module's share of the imported history, using the keys earlier parts made. */
    void importFrom(HistoryImport run);
}
