package nl.bordspiegel.session;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.bordspiegel.school.SchoolDirectory;
import nl.bordspiegel.shared.Vocabulary.AttendanceMark;

/**
 * Read-only facts of several teams' sessions at once, for reports over many teams (the
 * coach overview). Only teams the signed-in user may open.
 */
@Service
@Transactional(readOnly = true)
public class SessionFacts {

    /** A session on a day; {@code ledBy} may be null. A running one is neither held nor cancelled yet. */
    public record SessionFact(long teamId, LocalDate heldOn, SessionState state, Long ledBy) {
        public boolean held() {
            return state == SessionState.CLOSED;
        }

        public boolean cancelled() {
            return state == SessionState.CANCELLED;
        }
    }

    /** One person's mark at a held session. */
    public record AttendanceFact(long teamId, LocalDate heldOn, long personId, AttendanceMark mark) {
    }

    private final NamedParameterJdbcTemplate jdbc;
    private final SchoolDirectory directory;

    SessionFacts(JdbcTemplate jdbc, SchoolDirectory directory) {
        this.jdbc = new NamedParameterJdbcTemplate(jdbc);
        this.directory = directory;
    }

    /** Sessions of the teams dated {@code from} to {@code to}, both included. */
    public List<SessionFact> sessions(Collection<Long> teamIds, LocalDate from, LocalDate to) {
        if (visible(teamIds).isEmpty()) {
            return List.of();
        }
        return jdbc.query("""
                select team_id, held_on, state, led_by_id from board_session
                where team_id in (:ids) and held_on between :from and :to
                """, window(teamIds, from, to), (rs, row) -> new SessionFact(rs.getLong(1),
                rs.getObject(2, LocalDate.class), SessionState.valueOf(rs.getString(3)), rs.getObject(4, Long.class)));
    }

    /** Attendance at the held sessions of the teams dated {@code from} to {@code to}. */
    public List<AttendanceFact> attendance(Collection<Long> teamIds, LocalDate from, LocalDate to) {
        if (visible(teamIds).isEmpty()) {
            return List.of();
        }
        return jdbc.query("""
                select s.team_id, s.held_on, a.person_id, a.mark
                from board_session s join attendance a on a.session_id = s.id
                where s.team_id in (:ids) and s.state = 'CLOSED' and s.held_on between :from and :to
                """, window(teamIds, from, to), (rs, row) -> new AttendanceFact(rs.getLong(1),
                rs.getObject(2, LocalDate.class), rs.getLong(3), AttendanceMark.valueOf(rs.getString(4))));
    }

    /** Per team, the day of its last held session on or before {@code today}; teams without one are absent. */
    public Map<Long, LocalDate> lastHeld(Collection<Long> teamIds, LocalDate today) {
        Map<Long, LocalDate> last = new HashMap<>();
        if (visible(teamIds).isEmpty()) {
            return last;
        }
        jdbc.query("""
                select team_id, max(held_on) from board_session
                where team_id in (:ids) and state = 'CLOSED' and held_on <= :today group by team_id
                """, new MapSqlParameterSource("ids", teamIds).addValue("today", today),
                rs -> {
                    last.put(rs.getLong(1), rs.getObject(2, LocalDate.class));
                });
        return last;
    }

    /** Per team, the day of its first recorded session (held or cancelled), ever; teams without one are absent. */
    public Map<Long, LocalDate> firstRecorded(Collection<Long> teamIds) {
        Map<Long, LocalDate> first = new HashMap<>();
        if (visible(teamIds).isEmpty()) {
            return first;
        }
        jdbc.query("""
                select team_id, min(held_on) from board_session
                where team_id in (:ids) and state in ('CLOSED', 'CANCELLED') group by team_id
                """, new MapSqlParameterSource("ids", teamIds), rs -> {
                    first.put(rs.getLong(1), rs.getObject(2, LocalDate.class));
                });
        return first;
    }

    private static MapSqlParameterSource window(Collection<Long> ids, LocalDate from, LocalDate to) {
        return new MapSqlParameterSource("ids", ids).addValue("from", from).addValue("to", to);
    }

    private Collection<Long> visible(Collection<Long> teamIds) {
        teamIds.forEach(directory::requireVisible);
        return teamIds;
    }
}
