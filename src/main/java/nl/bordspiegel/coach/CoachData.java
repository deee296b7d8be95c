package nl.bordspiegel.coach;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

import nl.bordspiegel.shared.SchoolData;

/** The coaches' share of data retention: coach updates, with their recipients. */
@Component
class CoachData implements SchoolData {

    private static final String M = "'" + MARKER + "'";
    private static final String OLD_UPDATES = "select id from coach_update where school_id = :school and written_on < :cut";
    private static final String ACTIVE = "select author_id from coach_update where school_id = :school"
            + " and written_on >= :cut"
            + " union select r.person_id from coach_update_recipient r join coach_update u on u.id = r.coach_update_id"
            + "   where u.school_id = :school and u.written_on >= :cut";

    private final NamedParameterJdbcTemplate named;

    CoachData(JdbcTemplate jdbc) {
        this.named = new NamedParameterJdbcTemplate(jdbc);
    }

    @Override
    public Map<Kind, Long> countOld(Scope scope) {
        return Map.of(Kind.COACH_UPDATES, scope.count(named, OLD_UPDATES));
    }

    @Override
    public void deleteOld(Scope scope) {
        List<Long> updates = scope.ids(named, OLD_UPDATES);
        Scope.each(named, "delete from coach_update_recipient where coach_update_id = ?", updates);
        Scope.each(named, "delete from coach_update where id = ?", updates);
    }

    @Override
    public void anonymiseOld(Scope scope) {
        Scope.each(named, "update coach_update set text = " + M + " where id = ?", scope.ids(named, OLD_UPDATES));
    }

    @Override
    public Set<Long> activeSince(Scope scope) {
        return new HashSet<>(scope.ids(named, ACTIVE));
    }

    @Override
    public boolean holdsAnything(long schoolId) {
        Long count = named.getJdbcTemplate().queryForObject("select count(*) from coach_update where school_id = ?",
                Long.class, schoolId);
        return count != null && count > 0;
    }
}
