package nl.bordspiegel.timelog;

import java.sql.Date;
import java.time.LocalDate;

import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

import nl.bordspiegel.history.HistoryExport;
import nl.bordspiegel.history.HistoryImport;
import nl.bordspiegel.history.HistoryKeys;
import nl.bordspiegel.historymodel.SchoolHistory;
import nl.bordspiegel.history.SchoolPart;
import nl.bordspiegel.shared.Vocabulary.TimeCategory;
import nl.bordspiegel.shared.Vocabulary.TimeFeeling;

/** The time log's share of a school's history file: logged time and check-ins. */
@Component
@Order(30)
class TimeLogHistoryPart implements SchoolPart {

    private final JdbcTemplate jdbc;
    private final NamedParameterJdbcTemplate named;

    TimeLogHistoryPart(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        this.named = new NamedParameterJdbcTemplate(jdbc);
    }

    @Override
    public void exportTo(HistoryExport export) {
        export.timeEntries().addAll(named.query("select person_id, entry_date, minutes, category from time_entry"
                + " where person_id in (:people)" + export.since("entry_date") + " order by id", export.params(),
                (rs, n) -> new SchoolHistory.TimeEntry(HistoryKeys.person(rs.getLong(1)),
                        rs.getObject(2, LocalDate.class), rs.getInt(3), TimeCategory.valueOf(rs.getString(4)))));
        export.checkIns().addAll(named.query("select person_id, check_in_date, time_feeling from check_in"
                + " where person_id in (:people)" + export.since("check_in_date") + " order by id", export.params(),
                (rs, n) -> new SchoolHistory.CheckIn(HistoryKeys.person(rs.getLong(1)),
                        rs.getObject(2, LocalDate.class), TimeFeeling.valueOf(rs.getString(3)))));
    }

    @Override
    public void importFrom(HistoryImport run) {
        jdbc.batchUpdate("insert into time_entry (person_id, entry_date, minutes, category) values (?, ?, ?, ?)",
                run.history().timeEntries().stream().map(entry -> new Object[] {run.person(entry.person()),
                        Date.valueOf(entry.date()), entry.minutes(), entry.category().name()}).toList());
        jdbc.batchUpdate("insert into check_in (person_id, check_in_date, time_feeling) values (?, ?, ?)",
                run.history().checkIns().stream().map(checkIn -> new Object[] {run.person(checkIn.person()),
                        Date.valueOf(checkIn.date()), checkIn.timeFeeling().name()}).toList());
    }
}
