package nl.bordspiegel.history;

/**
 * The file's local keys for database rows: {@code p12} for person 12, {@code t3} for team 3.
 * The same database always gives the same file, and whoever reads an exported history back
 * into ids asks here rather than parsing the keys itself.
 */
public final class HistoryKeys {

    private HistoryKeys() {
    }

    public static String person(long id) {
        return "p" + id;
    }

    public static String team(long id) {
        return "t" + id;
    }

    public static String goal(long id) {
        return "g" + id;
    }

    public static String idea(long id) {
        return "i" + id;
    }

    /** A person's key, or null for no person. */
    public static String person(Long id) {
        return id == null ? null : person(id.longValue());
    }

    /** The row id in a key this exporter made: {@code p12} gives 12. */
    public static long id(String key) {
        return Long.parseLong(key.substring(1));
    }
}
