package nl.bordspiegel.school;

import java.time.Clock;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import jakarta.annotation.security.RolesAllowed;
import nl.bordspiegel.audit.AuditAction;
import nl.bordspiegel.audit.AuditLog;
import nl.bordspiegel.school.RetentionPreview.Kind;
import nl.bordspiegel.security.CurrentUser;
import nl.bordspiegel.security.SignedInUser;
import nl.bordspiegel.shared.InvalidInputException;
import nl.bordspiegel.shared.Role;
import nl.bordspiegel.shared.Messages;

/**
 * The school's data retention (issue 7): what is older than the retention setting allows,
 * and deleting or anonymising it. Only the admin, only in their own school: every statement
 * reaches rows through {@code team.school_id} or {@code person.school_id} (or the row's own
 * {@code school_id}). Plain SQL that PostgreSQL also runs.
 *
 * <p>What counts as old. Dated rows (sessions, ideas, successes, comments, board changes,
 * time entries, check-ins, coach updates, journal entries, vision items, audit entries) are
 * old when their date is before the cut-off. Work that is still open on the board is never
 * old, however long ago it started: new ideas, open or running actions, running goals, a
 * running session. A closed action is old when the day it closed (or, unknown, the day it was
 * made) is before the cut-off; a goal when it was closed out or its end date passed and its
 * last date (end, start or last measurement) is before the cut-off. Attendance and
 * measurements go with their session and goal.
 */
@Service
@Transactional
@RolesAllowed(Role.Names.ADMIN)
public class DataRetention {

    /** What replaces free text when anonymising. */
    public static final String MARKER = "[geanonimiseerd]";
    /** The usual start of a Dutch school year, used when the admin set no school year. */
    static final MonthDay DEFAULT_YEAR_START = MonthDay.of(8, 1);
    /** Anonymised people get {@code anoniem-<id>} as login name: unique, and no e-mail address. */
    static final String ANONYMOUS_LOGIN = "anoniem-";

    public enum Mode { DELETE, ANONYMISE }

    private static final String TEAMS = "(select t.id from team t where t.school_id = :school)";
    private static final String PEOPLE = "(select p.id from person p where p.school_id = :school)";

    private static final String OLD_SESSIONS = "select id from board_session where team_id in " + TEAMS
            + " and held_on < :cut and state <> 'RUNNING'";
    private static final String OLD_GOALS = "select g.id from goal g where g.team_id in " + TEAMS
            + " and (g.outcome is not null or g.ends_on is not null)"
            + " and coalesce(g.ends_on, g.started_on, (select max(m.measured_on) from measurement m"
            + " where m.goal_id = g.id)) < :cut"
            + " and not exists (select 1 from measurement m where m.goal_id = g.id and m.measured_on >= :cut)";
    private static final String OLD_ACTIONS = "select id from improvement_action where team_id in " + TEAMS
            + " and status in ('DONE', 'DROPPED') and coalesce(closed_on, created_on) < :cut";
    private static final String OLD_IDEAS = "select id from idea where team_id in " + TEAMS
            + " and status <> 'NEW' and proposed_on < :cut";
    private static final String OLD_SUCCESSES = "select id from success where team_id in " + TEAMS
            + " and noted_on < :cut";
    private static final String OLD_COMMENTS = "select id from board_comment where team_id in " + TEAMS
            + " and written_on < :cut";
    private static final String OLD_BOARD_CHANGES = "select id from board_change where team_id in " + TEAMS
            + " and changed_at < :cutAt";
    private static final String OLD_TIME_ENTRIES = "select id from time_entry where person_id in " + PEOPLE
            + " and entry_date < :cut";
    private static final String OLD_CHECK_INS = "select id from check_in where person_id in " + PEOPLE
            + " and check_in_date < :cut";
    private static final String OLD_COACH_UPDATES = "select id from coach_update where school_id = :school"
            + " and written_on < :cut";
    private static final String OLD_JOURNAL = "select id from journal_entry where leader_id in " + PEOPLE
            + " and written_on < :cut";
    private static final String OLD_VISION = "select id from vision_item where school_id = :school"
            + " and written_on < :cut";
    private static final String OLD_AUDIT = "select id from audit_entry where school_id = :school"
            + " and occurred_at < :cutAt";
    /** Deactivated, not yet anonymised, and nothing of theirs dated on or after the cut-off. */
    private static final String FORMER_STAFF = "select p.id from person p where p.school_id = :school"
            + " and p.active = false and p.email not like '" + ANONYMOUS_LOGIN + "%'"
            + " and not exists (select 1 from idea x where x.author_id = p.id and x.proposed_on >= :cut)"
            + " and not exists (select 1 from improvement_action x where (x.owner_id = p.id or x.created_by_id = p.id)"
            + "   and (x.created_on >= :cut or x.closed_on >= :cut))"
            + " and not exists (select 1 from success x where x.author_id = p.id and x.noted_on >= :cut)"
            + " and not exists (select 1 from board_comment x where x.author_id = p.id and x.written_on >= :cut)"
            + " and not exists (select 1 from board_session x where x.led_by_id = p.id and x.held_on >= :cut)"
            + " and not exists (select 1 from attendance a join board_session x on x.id = a.session_id"
            + "   where a.person_id = p.id and x.held_on >= :cut)"
            + " and not exists (select 1 from board_change x where x.by_person_id = p.id and x.changed_at >= :cutAt)"
            + " and not exists (select 1 from time_entry x where x.person_id = p.id and x.entry_date >= :cut)"
            + " and not exists (select 1 from check_in x where x.person_id = p.id and x.check_in_date >= :cut)"
            + " and not exists (select 1 from journal_entry x where x.leader_id = p.id and x.written_on >= :cut)"
            + " and not exists (select 1 from coach_update x where x.author_id = p.id and x.written_on >= :cut)"
            + " and not exists (select 1 from coach_update_recipient r join coach_update x on x.id = r.coach_update_id"
            + "   where r.person_id = p.id and x.written_on >= :cut)"
            + " and not exists (select 1 from vision_item x where x.author_id = p.id and x.written_on >= :cut)"
            + " and not exists (select 1 from vision_co_author c join vision_item x on x.id = c.vision_item_id"
            + "   where c.person_id = p.id and x.written_on >= :cut)"
            + " and not exists (select 1 from team_perception x where (x.leader_id = p.id or x.teacher_id = p.id)"
            + "   and x.answered_on >= :cut)"
            + " and not exists (select 1 from self_view x where x.leader_id = p.id and x.answered_on >= :cut)"
            + " and not exists (select 1 from shared_snapshot x where (x.leader_id = p.id or x.coach_id = p.id)"
            + "   and x.shared_at >= :cutAt)"
            + " and not exists (select 1 from audit_entry x where x.actor_id = p.id and x.occurred_at >= :cutAt)";

    private static final String M = "'" + MARKER + "'";

    private final SchoolRepository schools;
    private final CurrentUser currentUser;
    private final AuditLog audit;
    private final JdbcTemplate jdbc;
    private final NamedParameterJdbcTemplate named;
    private final Clock clock;

    DataRetention(SchoolRepository schools, CurrentUser currentUser, AuditLog audit, JdbcTemplate jdbc, Clock clock) {
        this.schools = schools;
        this.currentUser = currentUser;
        this.audit = audit;
        this.jdbc = jdbc;
        this.named = new NamedParameterJdbcTemplate(jdbc);
        this.clock = clock;
    }

    /** What {@link #apply} would touch now; no cut-off and no counts when the school keeps everything. */
    @Transactional(readOnly = true)
    public RetentionPreview preview() {
        SignedInUser admin = admin();
        SchoolSettings settings = schools.findById(admin.schoolId()).orElseThrow().settings();
        if (settings.retentionYears() == null) {
            return RetentionPreview.keepEverything();
        }
        LocalDate cutOff = cutOff(settings, LocalDate.now(clock));
        MapSqlParameterSource params = params(admin.schoolId(), cutOff);
        Map<Kind, Long> counts = new EnumMap<>(Kind.class);
        counts.put(Kind.SESSIONS, count(OLD_SESSIONS, params));
        counts.put(Kind.ATTENDANCE, count("select session_id from attendance where session_id in (" + OLD_SESSIONS
                + ")", params));
        counts.put(Kind.IDEAS, count(OLD_IDEAS, params));
        counts.put(Kind.ACTIONS, count(OLD_ACTIONS, params));
        counts.put(Kind.SUCCESSES, count(OLD_SUCCESSES, params));
        counts.put(Kind.COMMENTS, count(OLD_COMMENTS, params));
        counts.put(Kind.GOALS, count(OLD_GOALS, params));
        counts.put(Kind.MEASUREMENTS, count("select id from measurement where goal_id in (" + OLD_GOALS + ")", params));
        counts.put(Kind.BOARD_CHANGES, count(OLD_BOARD_CHANGES, params));
        counts.put(Kind.TIME_ENTRIES, count(OLD_TIME_ENTRIES, params));
        counts.put(Kind.CHECK_INS, count(OLD_CHECK_INS, params));
        counts.put(Kind.COACH_UPDATES, count(OLD_COACH_UPDATES, params));
        counts.put(Kind.JOURNAL_ENTRIES, count(OLD_JOURNAL, params));
        counts.put(Kind.VISION_ITEMS, count(OLD_VISION, params));
        counts.put(Kind.AUDIT_ENTRIES, count(OLD_AUDIT, params));
        counts.put(Kind.FORMER_STAFF, count(FORMER_STAFF, params));
        return new RetentionPreview(settings.retentionYears(), cutOff, counts);
    }

    /**
     * Deletes or anonymises what {@link #preview} shows, in one transaction, and records it
     * in the audit log. {@code expectedCutOff} is the cut-off of the preview the admin saw:
     * when it no longer holds (the settings or the school year changed since), nothing
     * happens and the admin is asked to look again. Nothing happens either when the school
     * keeps all its data.
     *
     * @return the preview that was applied: what was deleted or anonymised
     */
    public RetentionPreview apply(Mode mode, LocalDate expectedCutOff) {
        SignedInUser admin = admin();
        if (mode == null) {
            throw new InvalidInputException("admin.retention.noMode");
        }
        RetentionPreview preview = preview();
        if (!preview.retentionSet()) {
            throw new InvalidInputException("admin.retention.notSet");
        }
        if (!preview.cutOff().equals(expectedCutOff)) {
            throw new InvalidInputException("admin.retention.stale", preview.cutOff());
        }
        MapSqlParameterSource params = params(admin.schoolId(), preview.cutOff());
        if (mode == Mode.DELETE) {
            delete(params);
            audit.record(AuditAction.DATA_DELETED, detail(preview, false));
        } else {
            anonymise(params);
            audit.record(AuditAction.DATA_ANONYMISED, detail(preview, true));
        }
        return preview;
    }

    /** Children before parents; the ids are read before anything goes, so no rule sees half a deletion. */
    private void delete(MapSqlParameterSource params) {
        List<Long> sessions = ids(OLD_SESSIONS, params);
        List<Long> goals = ids(OLD_GOALS, params);
        List<Long> actions = ids(OLD_ACTIONS, params);
        List<Long> ideas = ids(OLD_IDEAS, params);
        List<Long> successes = ids(OLD_SUCCESSES, params);
        List<Long> comments = ids(OLD_COMMENTS, params);
        List<Long> changes = ids(OLD_BOARD_CHANGES, params);
        List<Long> timeEntries = ids(OLD_TIME_ENTRIES, params);
        List<Long> checkIns = ids(OLD_CHECK_INS, params);
        List<Long> updates = ids(OLD_COACH_UPDATES, params);
        List<Long> journal = ids(OLD_JOURNAL, params);
        List<Long> vision = ids(OLD_VISION, params);
        List<Long> auditEntries = ids(OLD_AUDIT, params);

        each("delete from attendance where session_id = ?", sessions);
        each("delete from board_session where id = ?", sessions);
        each("delete from measurement where goal_id = ?", goals);
        each("delete from goal where id = ?", goals);
        each("delete from improvement_action where id = ?", actions);
        // A newer action that came from an old idea keeps itself, not the link.
        each("update improvement_action set from_idea_id = null where from_idea_id = ?", ideas);
        each("delete from idea where id = ?", ideas);
        each("delete from success where id = ?", successes);
        each("delete from board_comment where id = ?", comments);
        each("delete from board_change where id = ?", changes);
        each("delete from time_entry where id = ?", timeEntries);
        each("delete from check_in where id = ?", checkIns);
        each("delete from coach_update_recipient where coach_update_id = ?", updates);
        each("delete from coach_update where id = ?", updates);
        each("delete from journal_entry where id = ?", journal);
        each("delete from vision_co_author where vision_item_id = ?", vision);
        each("delete from vision_item where id = ?", vision);
        each("delete from audit_entry where id = ?", auditEntries);
    }

    /**
     * Keeps every row, date, status, number, pattern and link the inference and the overview
     * count with, and replaces what people wrote with {@link #MARKER}. Former staff without
     * activity since the cut-off lose their name, login and password.
     */
    private void anonymise(MapSqlParameterSource params) {
        List<Long> sessions = ids(OLD_SESSIONS, params);
        List<Long> formerStaff = ids(FORMER_STAFF, params);
        each("update board_session set cancel_reason = " + M + " where id = ? and cancel_reason is not null", sessions);
        each("update attendance set reason = " + M + " where session_id = ? and reason is not null", sessions);
        each("update goal set title = " + M + ", measure = case when measure is null then null else " + M
                + " end, outcome_note = case when outcome_note is null then null else " + M + " end where id = ?",
                ids(OLD_GOALS, params));
        each("update improvement_action set title = " + M + " where id = ?", ids(OLD_ACTIONS, params));
        each("update idea set text = " + M + " where id = ?", ids(OLD_IDEAS, params));
        each("update success set text = " + M + " where id = ?", ids(OLD_SUCCESSES, params));
        each("update board_comment set text = " + M + " where id = ?", ids(OLD_COMMENTS, params));
        each("update board_change set description = " + M + " where id = ?", ids(OLD_BOARD_CHANGES, params));
        each("update coach_update set text = " + M + " where id = ?", ids(OLD_COACH_UPDATES, params));
        each("update journal_entry set text = " + M + ", prompt = case when prompt is null then null else " + M
                + " end where id = ?", ids(OLD_JOURNAL, params));
        each("update vision_item set title = " + M + " where id = ?", ids(OLD_VISION, params));
        each("update audit_entry set detail = " + M + " where id = ?", ids(OLD_AUDIT, params));
        for (long person : formerStaff) {
            String oldEmail = jdbc.queryForObject("select email from person where id = ?", String.class, person);
            String name = "Oud-medewerker #" + person;
            jdbc.update("update person set name = ?, email = ?, password_hash = null, version = version + 1"
                    + " where id = ?", name, ANONYMOUS_LOGIN + person, person);
            jdbc.update("update audit_entry set actor_name = ? where actor_id = ?", name, person);
            jdbc.update("delete from set_password_token where person_id = ?", person);
            jdbc.update("delete from login_throttle where email = ?", oldEmail);
        }
    }

    /**
     * The cut-off: the first day of the school year that lies {@code retentionYears} school
     * years before the current one. A school year starts on the month and day of the school
     * year start setting, or on 1 August when the admin set no school year; the current school
     * year is the one whose start is the latest such day on or before today. Everything dated
     * before the cut-off is old; the current school year and the N before it are kept.
     */
    static LocalDate cutOff(SchoolSettings settings, LocalDate today) {
        MonthDay start = settings.schoolYearStart() == null ? DEFAULT_YEAR_START
                : MonthDay.from(settings.schoolYearStart());
        LocalDate currentYearStart = start.atYear(today.getYear());
        if (currentYearStart.isAfter(today)) {
            currentYearStart = start.atYear(today.getYear() - 1);
        }
        return start.atYear(currentYearStart.getYear() - settings.retentionYears());
    }

    private static String detail(RetentionPreview preview, boolean withPeople) {
        return "< " + preview.cutOff() + " (" + preview.retentionYears() + "): "
                + preview.counts().entrySet().stream()
                        .filter(entry -> entry.getValue() > 0 && (withPeople || entry.getKey() != Kind.FORMER_STAFF))
                        .map(entry -> Messages.get(Messages.DUTCH, "admin.retention.kind." + entry.getKey().name()) + " " + entry.getValue())
                        .collect(Collectors.joining(", "));
    }

    private MapSqlParameterSource params(long schoolId, LocalDate cutOff) {
        return new MapSqlParameterSource().addValue("school", schoolId).addValue("cut", cutOff)
                .addValue("cutAt", cutOff.atStartOfDay());
    }

    private long count(String idQuery, MapSqlParameterSource params) {
        Long count = named.queryForObject("select count(*) from (" + idQuery + ") old_rows", params, Long.class);
        return count == null ? 0 : count;
    }

    private List<Long> ids(String idQuery, MapSqlParameterSource params) {
        return named.queryForList(idQuery, params, Long.class);
    }

    private void each(String sql, List<Long> ids) {
        if (!ids.isEmpty()) {
            jdbc.batchUpdate(sql, ids.stream().map(id -> new Object[] {id}).toList());
        }
    }

    private SignedInUser admin() {
        SignedInUser user = currentUser.require();
        if (!user.has(Role.ADMIN)) {
            throw new AccessDeniedException("Only a school's admin manages its data");
        }
        return user;
    }
}
