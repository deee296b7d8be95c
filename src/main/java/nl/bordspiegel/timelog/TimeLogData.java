package nl.bordspiegel.timelog;

import java.util.EnumMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

import nl.bordspiegel.shared.SchoolData;

/** The time log's share of data retention: logged time and check-ins are numbers, so anonymising leaves them. */
@Component
class TimeLogData implements SchoolData {

    private static final String OLD_TIME_ENTRIES = "select id from time_entry where person_id in (:people)"
            + " and entry_date < :cut";
    private static final String OLD_CHECK_INS = "select id from check_in where person_id in (:people)"
            + " and check_in_date < :cut";
    private static final String ACTIVE = "select person_id from time_entry where person_id in (:people)"
            + " and entry_date >= :cut"
            + " union select person_id from check_in where person_id in (:people) and check_in_date >= :cut";

    private final NamedParameterJdbcTemplate named;

    TimeLogData(JdbcTemplate jdbc) {
        this.named = new NamedParameterJdbcTemplate(jdbc);
    }

    @Override
    public Map<Kind, Long> countOld(Scope scope) {
        Map<Kind, Long> counts = new EnumMap<>(Kind.class);
        counts.put(Kind.TIME_ENTRIES, scope.count(named, OLD_TIME_ENTRIES));
        counts.put(Kind.CHECK_INS, scope.count(named, OLD_CHECK_INS));
        return counts;
    }

    @Override
    public void deleteOld(Scope scope) {
        var entries = scope.ids(named, OLD_TIME_ENTRIES);
        var checkIns = scope.ids(named, OLD_CHECK_INS);
        Scope.each(named, "delete from time_entry where id = ?", entries);
        Scope.each(named, "delete from check_in where id = ?", checkIns);
    }

    @Override
    public void anonymiseOld(Scope scope) {
        // Nothing written here: minutes, categories and feelings are what the mirror counts.
    }

    @Override
    public Set<Long> activeSince(Scope scope) {
        return new HashSet<>(scope.ids(named, ACTIVE));
    }
}
