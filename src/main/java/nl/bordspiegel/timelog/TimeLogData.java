package nl.bordspiegel.timelog;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import nl.bordspiegel.shared.QueriedSchoolData;

/** The time log's share of data retention: logged time and check-ins are numbers, so anonymising leaves them. */
@Component
class TimeLogData extends QueriedSchoolData {

    private static final String OLD_TIME_ENTRIES = "select id from time_entry where person_id in (:people)"
            + " and entry_date < :cut";
    private static final String OLD_CHECK_INS = "select id from check_in where person_id in (:people)"
            + " and check_in_date < :cut";
    private static final String ACTIVE = "select person_id from time_entry where person_id in (:people)"
            + " and entry_date >= :cut"
            + " union select person_id from check_in where person_id in (:people) and check_in_date >= :cut";

    TimeLogData(JdbcTemplate jdbc) {
        // Nothing written here to anonymise: minutes, categories and feelings are what the mirror counts.
        super(jdbc, ACTIVE,
                OldRows.of(Kind.TIME_ENTRIES, OLD_TIME_ENTRIES).deletedBy("delete from time_entry where id = ?"),
                OldRows.of(Kind.CHECK_INS, OLD_CHECK_INS).deletedBy("delete from check_in where id = ?"));
    }
}
