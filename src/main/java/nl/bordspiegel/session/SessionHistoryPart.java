package nl.bordspiegel.session;

import java.sql.Date;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

import nl.bordspiegel.history.HistoryExport;
import nl.bordspiegel.history.HistoryImport;
import nl.bordspiegel.history.HistoryKeys;
import nl.bordspiegel.historymodel.SchoolHistory;
import nl.bordspiegel.history.SchoolPart;
import nl.bordspiegel.shared.Vocabulary.AttendanceMark;

/** The sessions' share of a school's history file: held and cancelled sessions with attendance. */
@Component
@Order(20)
class SessionHistoryPart implements SchoolPart {

    private final JdbcTemplate jdbc;
    private final NamedParameterJdbcTemplate named;

    SessionHistoryPart(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        this.named = new NamedParameterJdbcTemplate(jdbc);
    }

    /** A running session is not history yet. */
    @Override
    public void exportTo(HistoryExport export) {
        Map<Long, Map<String, AttendanceMark>> attendance = new HashMap<>();
        named.query("select a.session_id, a.person_id, a.mark from attendance a join board_session s on s.id = a.session_id"
                + " where s.team_id in (:teams)" + export.since("s.held_on"), export.params(), rs -> {
                    attendance.computeIfAbsent(rs.getLong(1), id -> new HashMap<>())
                            .put(HistoryKeys.person(rs.getLong(2)), AttendanceMark.valueOf(rs.getString(3)));
                });
        export.sessions().addAll(named.query("select id, team_id, held_on, duration_minutes, led_by_id, state,"
                + " cancel_reason from board_session where team_id in (:teams) and state <> 'RUNNING'"
                + export.since("held_on") + " order by held_on, id", export.params(),
                (rs, n) -> new SchoolHistory.Session(HistoryKeys.team(rs.getLong(2)), rs.getObject(3, LocalDate.class),
                        rs.getObject(4, Integer.class), HistoryKeys.person(rs.getObject(5, Long.class)),
                        SessionState.CANCELLED.name().equals(rs.getString(6)), rs.getString(7),
                        attendance.getOrDefault(rs.getLong(1), Map.of()))));
    }

    @Override
    public void importFrom(HistoryImport run) {
        for (SchoolHistory.Session session : run.history().sessions()) {
            Map<String, Object> row = new HashMap<>();
            row.put("team_id", run.team(session.team()));
            row.put("held_on", Date.valueOf(session.date()));
            row.put("duration_minutes", session.durationMinutes());
            row.put("led_by_id", run.person(session.ledBy()));
            row.put("state", (session.cancelled() ? SessionState.CANCELLED : SessionState.CLOSED).name());
            row.put("cancel_reason", session.cancelReason());
            long id = HistoryImport.insert(jdbc, "board_session", row);
            jdbc.batchUpdate("insert into attendance (session_id, person_id, mark) values (?, ?, ?)",
                    session.attendance().entrySet().stream()
                            .map(entry -> new Object[] {id, run.person(entry.getKey()), entry.getValue().name()})
                            .toList());
        }
    }
}
