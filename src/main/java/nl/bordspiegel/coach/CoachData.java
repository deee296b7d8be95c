package nl.bordspiegel.coach;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import nl.bordspiegel.shared.QueriedSchoolData;

/** The coaches' share of data retention: coach updates, with their recipients. */
@Component
class CoachData extends QueriedSchoolData {

    private static final String OLD_UPDATES = "select id from coach_update where school_id = :school and written_on < :cut";
    private static final String ACTIVE = "select author_id from coach_update where school_id = :school"
            + " and written_on >= :cut"
            + " union select r.person_id from coach_update_recipient r join coach_update u on u.id = r.coach_update_id"
            + "   where u.school_id = :school and u.written_on >= :cut";

    CoachData(JdbcTemplate jdbc) {
        super(jdbc, ACTIVE, OldRows.of(Kind.COACH_UPDATES, OLD_UPDATES)
                .deletedBy("delete from coach_update_recipient where coach_update_id = ?",
                        "delete from coach_update where id = ?")
                .anonymisedBy("update coach_update set text = " + MARKER_SQL + " where id = ?"));
    }

    @Override
    public boolean holdsAnything(long schoolId) {
        return anyRow("select count(*) from coach_update where school_id = ?", schoolId);
    }
}
