package nl.bordspiegel.history;

import java.sql.PreparedStatement;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;

import nl.bordspiegel.historymodel.SchoolHistory;

/**
 * One import in progress: the history, the school it goes into, and the ids the file's
 * person and team keys got, so that later parts can point at them.
 */
public final class HistoryImport {

    private final SchoolHistory history;
    private final String passwordHash;
    private Long schoolId;
    private final Map<String, Long> people = new HashMap<>();
    private final Map<String, Long> teams = new HashMap<>();

    HistoryImport(SchoolHistory history, String passwordHash, Long schoolId) {
        this.history = history;
        this.passwordHash = passwordHash;
        this.schoolId = schoolId;
    }

    public SchoolHistory history() {
        return history;
    }

    /** The hash every imported person gets (the demo school), or null: people set their own later. */
    public String passwordHash() {
        return passwordHash;
    }

    /** The school the history goes into; null until the school's part made a new one. */
    public Long schoolId() {
        return schoolId;
    }

    public void schoolId(long schoolId) {
        this.schoolId = schoolId;
    }

    public void person(String key, long id) {
        people.put(key, id);
    }

    public void team(String key, long id) {
        teams.put(key, id);
    }

    /** The new id of the person with this key; null for a null key. */
    public Long person(String key) {
        return key == null ? null : people.get(key);
    }

    public Long team(String key) {
        return key == null ? null : teams.get(key);
    }

    /** Inserts one row and returns its generated id; plain SQL, so H2 and PostgreSQL alike. */
    public static long insert(JdbcTemplate jdbc, String table, Map<String, ?> row) {
        List<String> columns = List.copyOf(row.keySet());
        String sql = "insert into " + table + " (" + String.join(", ", columns) + ") values ("
                + String.join(", ", Collections.nCopies(columns.size(), "?")) + ")";
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.update(connection -> {
            PreparedStatement statement = connection.prepareStatement(sql, new String[] {"id"});
            for (int i = 0; i < columns.size(); i++) {
                statement.setObject(i + 1, row.get(columns.get(i)));
            }
            return statement;
        }, key);
        return key.getKeyAs(Number.class).longValue();
    }
}
