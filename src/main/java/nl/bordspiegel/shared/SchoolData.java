package nl.bordspiegel.shared;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

/**
 * One module's share of a school's data retention: what of its own tables is older than the
 * cut-off, deleting or anonymising that, and who was active in them since. The school's
 * {@code DataRetention} composes these; no class names another module's table.
 *
 * <p>Rules every part keeps: work still open on the board is never old; children go with
 * their parent; anonymising keeps every row, date, status and link the inference counts
 * with and replaces only what people wrote with {@link #MARKER}.
 */
public interface SchoolData {

    /** What replaces free text when anonymising. */
    String MARKER = "[geanonimiseerd]";

    /** What retention counts, in the order the preview shows it. */
    enum Kind {
        SESSIONS, ATTENDANCE, IDEAS, ACTIONS, SUCCESSES, COMMENTS, GOALS, MEASUREMENTS, BOARD_CHANGES,
        TIME_ENTRIES, CHECK_INS, COACH_UPDATES, JOURNAL_ENTRIES, VISION_ITEMS, AUDIT_ENTRIES,
        /** Deactivated people without activity since the cut-off: only anonymising touches them. */
        FORMER_STAFF
    }

    /** One school's teams and people, and the first day that is kept. */
    record Scope(long schoolId, List<Long> teams, List<Long> people, LocalDate cutOff) {
        public Scope {
            teams = List.copyOf(teams);
            people = List.copyOf(people);
        }

        /** {@code :school}, {@code :teams}, {@code :people}, {@code :cut} (a date) and {@code :cutAt} (its midnight). */
        public MapSqlParameterSource params() {
            // "in ()" is not SQL: an id no row has stands in for an empty list.
            return new MapSqlParameterSource().addValue("school", schoolId)
                    .addValue("teams", teams.isEmpty() ? List.of(-1L) : teams)
                    .addValue("people", people.isEmpty() ? List.of(-1L) : people)
                    .addValue("cut", cutOff).addValue("cutAt", cutOff.atStartOfDay());
        }

        /** How many rows an id query finds. */
        public long count(NamedParameterJdbcTemplate named, String idQuery) {
            Long count = named.queryForObject("select count(*) from (" + idQuery + ") old_rows", params(), Long.class);
            return count == null ? 0 : count;
        }

        public List<Long> ids(NamedParameterJdbcTemplate named, String idQuery) {
            return named.queryForList(idQuery, params(), Long.class);
        }

        /** Runs {@code sql} (with one {@code ?} for the id) once per id. */
        public static void each(NamedParameterJdbcTemplate named, String sql, List<Long> ids) {
            if (!ids.isEmpty()) {
                named.getJdbcTemplate().batchUpdate(sql, ids.stream().map(id -> new Object[] {id}).toList());
            }
        }
    }

    /** Per kind, how many of this module's rows are older than the cut-off. */
    Map<Kind, Long> countOld(Scope scope);

    /** Deletes them; ids are read before anything goes, so no rule sees half a deletion. */
    void deleteOld(Scope scope);

    /** Replaces what people wrote in them with {@link #MARKER}. */
    void anonymiseOld(Scope scope);

    /** The people with something of theirs in this module dated on or after the cut-off. */
    Set<Long> activeSince(Scope scope);

    /** A former colleague is anonymised: drop or rename what still names them here. */
    default void forget(long personId, String oldEmail, String newName) {
    }

    /** Whether this module holds anything of the school: a school file may go only into an empty school. */
    default boolean holdsAnything(long schoolId) {
        return false;
    }
}
