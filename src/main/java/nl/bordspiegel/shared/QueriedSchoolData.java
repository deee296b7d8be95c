package nl.bordspiegel.shared;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

/**
 * The usual shape of a module's {@link SchoolData}, written as what it is: per kind, a query
 * for the ids of old rows and the statements that delete or anonymise one of them; and a
 * query for who was active since the cut-off. A module lists its own tables' statements and
 * inherits the rest, so every module counts, deletes and anonymises in the same way.
 */
public abstract class QueriedSchoolData implements SchoolData {

    /**
     * One kind of old row: {@code idQuery} finds their ids (with the {@link Scope#params()});
     * each statement of {@code deletions} (children first) and {@code anonymising} has one
     * {@code ?} for an id.
     */
    public record OldRows(Kind kind, String idQuery, List<String> deletions, List<String> anonymising) {
        public OldRows {
            deletions = List.copyOf(deletions);
            anonymising = List.copyOf(anonymising);
        }

        public static OldRows of(Kind kind, String idQuery) {
            return new OldRows(kind, idQuery, List.of(), List.of());
        }

        public OldRows deletedBy(String... statements) {
            return new OldRows(kind, idQuery, List.of(statements), anonymising);
        }

        public OldRows anonymisedBy(String... statements) {
            return new OldRows(kind, idQuery, deletions, List.of(statements));
        }
    }

    /** {@link #MARKER} as an SQL string literal, for anonymising statements. */
    protected static final String MARKER_SQL = "'" + MARKER + "'";

    protected final NamedParameterJdbcTemplate named;
    private final String activeQuery;
    private final List<OldRows> old;

    /** {@code activeQuery} selects the ids of people active since the cut-off. */
    protected QueriedSchoolData(JdbcTemplate jdbc, String activeQuery, OldRows... old) {
        this.named = new NamedParameterJdbcTemplate(jdbc);
        this.activeQuery = activeQuery;
        this.old = List.of(old);
    }

    @Override
    public Map<Kind, Long> countOld(Scope scope) {
        Map<Kind, Long> counts = new EnumMap<>(Kind.class);
        old.forEach(rows -> counts.put(rows.kind(), scope.count(named, rows.idQuery())));
        return counts;
    }

    @Override
    public void deleteOld(Scope scope) {
        List<List<Long>> ids = new ArrayList<>();
        old.forEach(rows -> ids.add(scope.ids(named, rows.idQuery())));
        for (int i = 0; i < old.size(); i++) {
            List<Long> these = ids.get(i);
            old.get(i).deletions().forEach(statement -> Scope.each(named, statement, these));
        }
    }

    @Override
    public void anonymiseOld(Scope scope) {
        for (OldRows rows : old) {
            if (!rows.anonymising().isEmpty()) {
                List<Long> ids = scope.ids(named, rows.idQuery());
                rows.anonymising().forEach(statement -> Scope.each(named, statement, ids));
            }
        }
    }

    @Override
    public Set<Long> activeSince(Scope scope) {
        return new HashSet<>(scope.ids(named, activeQuery));
    }

    /** Whether {@code countQuery} (one {@code ?} for the school's id) counts any row. */
    protected boolean anyRow(String countQuery, long schoolId) {
        Long count = named.getJdbcTemplate().queryForObject(countQuery, Long.class, schoolId);
        return count != null && count > 0;
    }
}
