package nl.bordspiegel.session;

import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

import nl.bordspiegel.shared.SchoolData;

/** The sessions' share of data retention: a running session is never old; attendance goes with its session. */
@Component
class SessionData implements SchoolData {

    private static final String M = "'" + MARKER + "'";
    private static final String OLD_SESSIONS = "select id from board_session where team_id in (:teams)"
            + " and held_on < :cut and state <> 'RUNNING'";
    private static final String ACTIVE = "select led_by_id from board_session where team_id in (:teams)"
            + "   and led_by_id is not null and held_on >= :cut"
            + " union select a.person_id from attendance a join board_session s on s.id = a.session_id"
            + "   where s.team_id in (:teams) and s.held_on >= :cut";

    private final NamedParameterJdbcTemplate named;

    SessionData(JdbcTemplate jdbc) {
        this.named = new NamedParameterJdbcTemplate(jdbc);
    }

    @Override
    public Map<Kind, Long> countOld(Scope scope) {
        Map<Kind, Long> counts = new EnumMap<>(Kind.class);
        counts.put(Kind.SESSIONS, scope.count(named, OLD_SESSIONS));
        counts.put(Kind.ATTENDANCE, scope.count(named, "select session_id from attendance where session_id in ("
                + OLD_SESSIONS + ")"));
        return counts;
    }

    @Override
    public void deleteOld(Scope scope) {
        List<Long> sessions = scope.ids(named, OLD_SESSIONS);
        Scope.each(named, "delete from attendance where session_id = ?", sessions);
        Scope.each(named, "delete from board_session where id = ?", sessions);
    }

    @Override
    public void anonymiseOld(Scope scope) {
        List<Long> sessions = scope.ids(named, OLD_SESSIONS);
        Scope.each(named, "update board_session set cancel_reason = " + M + " where id = ? and cancel_reason is not null",
                sessions);
        Scope.each(named, "update attendance set reason = " + M + " where session_id = ? and reason is not null", sessions);
    }

    @Override
    public Set<Long> activeSince(Scope scope) {
        return new HashSet<>(scope.ids(named, ACTIVE));
    }
}
