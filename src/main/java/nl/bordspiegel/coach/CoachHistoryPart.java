package nl.bordspiegel.coach;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
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

/** The coaches' share of a school's history file: coach updates with their recipients. */
@Component
@Order(40)
class CoachHistoryPart implements SchoolPart {

    private final JdbcTemplate jdbc;
    private final NamedParameterJdbcTemplate named;

    CoachHistoryPart(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        this.named = new NamedParameterJdbcTemplate(jdbc);
    }

    @Override
    public void exportTo(HistoryExport export) {
        Map<Long, List<String>> recipients = new HashMap<>();
        named.query("select r.coach_update_id, r.person_id from coach_update_recipient r"
                + " join coach_update u on u.id = r.coach_update_id where u.school_id = :school order by r.person_id",
                export.params(), rs -> {
                    recipients.computeIfAbsent(rs.getLong(1), id -> new ArrayList<>())
                            .add(HistoryKeys.person(rs.getLong(2)));
                });
        export.coachUpdates().addAll(named.query("select id, author_id, written_on, text, team_id from coach_update"
                + " where school_id = :school" + export.since("written_on") + " order by id", export.params(),
                (rs, n) -> new SchoolHistory.CoachUpdate(HistoryKeys.person(rs.getLong(2)),
                        recipients.getOrDefault(rs.getLong(1), List.of()), rs.getObject(3, LocalDate.class),
                        rs.getString(4), team(rs.getObject(5, Long.class)))));
    }

    @Override
    public void importFrom(HistoryImport run) {
        for (SchoolHistory.CoachUpdate update : run.history().coachUpdates()) {
            Map<String, Object> row = new HashMap<>();
            row.put("school_id", run.schoolId());
            row.put("author_id", run.person(update.author()));
            row.put("team_id", run.team(update.team()));
            row.put("written_on", Date.valueOf(update.date()));
            row.put("text", update.text());
            long id = HistoryImport.insert(jdbc, "coach_update", row);
            jdbc.batchUpdate("insert into coach_update_recipient (coach_update_id, person_id) values (?, ?)",
                    update.to().stream().distinct().map(key -> new Object[] {id, run.person(key)}).toList());
        }
    }

    private static String team(Long id) {
        return id == null ? null : HistoryKeys.team(id);
    }
}
