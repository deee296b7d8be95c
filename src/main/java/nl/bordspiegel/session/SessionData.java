package nl.bordspiegel.session;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import nl.bordspiegel.shared.QueriedSchoolData;

/** The sessions' share of data retention: a running session is never old; attendance goes with its session. */
@Component
class SessionData extends QueriedSchoolData {

    private static final String OLD_SESSIONS = "select id from board_session where team_id in (:teams)"
            + " and held_on < :cut and state <> 'RUNNING'";
    private static final String ACTIVE = "select led_by_id from board_session where team_id in (:teams)"
            + "   and led_by_id is not null and held_on >= :cut"
            + " union select a.person_id from attendance a join board_session s on s.id = a.session_id"
            + "   where s.team_id in (:teams) and s.held_on >= :cut";

    SessionData(JdbcTemplate jdbc) {
        super(jdbc, ACTIVE,
                OldRows.of(Kind.SESSIONS, OLD_SESSIONS)
                        .deletedBy("delete from attendance where session_id = ?", "delete from board_session where id = ?")
                        .anonymisedBy("update board_session set cancel_reason = " + MARKER_SQL
                                        + " where id = ? and cancel_reason is not null",
                                "update attendance set reason = " + MARKER_SQL + " where session_id = ? and reason is not null"),
                // Counted for the retention preview only: these rows go with their session above.
                OldRows.of(Kind.ATTENDANCE, "select session_id from attendance where session_id in (" + OLD_SESSIONS + ")"));
    }
}
