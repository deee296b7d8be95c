package nl.bordspiegel.school;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

import nl.bordspiegel.shared.SchoolData;

/** The school's own share of data retention: old vision items, with their co-authors. People are {@link DataRetention}'s. */
@Component
class SchoolOwnData implements SchoolData {

    private static final String M = "'" + MARKER + "'";
    private static final String OLD_VISION = "select id from vision_item where school_id = :school and written_on < :cut";
    private static final String ACTIVE = "select author_id from vision_item where school_id = :school"
            + " and written_on >= :cut"
            + " union select c.person_id from vision_co_author c join vision_item v on v.id = c.vision_item_id"
            + "   where v.school_id = :school and v.written_on >= :cut";

    private final NamedParameterJdbcTemplate named;

    SchoolOwnData(JdbcTemplate jdbc) {
        this.named = new NamedParameterJdbcTemplate(jdbc);
    }

    @Override
    public Map<Kind, Long> countOld(Scope scope) {
        return Map.of(Kind.VISION_ITEMS, scope.count(named, OLD_VISION));
    }

    @Override
    public void deleteOld(Scope scope) {
        List<Long> vision = scope.ids(named, OLD_VISION);
        Scope.each(named, "delete from vision_co_author where vision_item_id = ?", vision);
        Scope.each(named, "delete from vision_item where id = ?", vision);
    }

    @Override
    public void anonymiseOld(Scope scope) {
        Scope.each(named, "update vision_item set title = " + M + " where id = ?", scope.ids(named, OLD_VISION));
    }

    @Override
    public Set<Long> activeSince(Scope scope) {
        return new HashSet<>(scope.ids(named, ACTIVE));
    }

    @Override
    public boolean holdsAnything(long schoolId) {
        Long count = named.getJdbcTemplate().queryForObject("select count(*) from vision_item where school_id = ?",
                Long.class, schoolId);
        return count != null && count > 0;
    }
}
