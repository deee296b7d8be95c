package nl.bordspiegel.school;

import java.time.Clock;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.Set;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import jakarta.annotation.security.RolesAllowed;
import nl.bordspiegel.audit.AuditAction;
import nl.bordspiegel.audit.AuditLog;
import nl.bordspiegel.security.CurrentUser;
import nl.bordspiegel.security.SignedInUser;
import nl.bordspiegel.shared.InvalidInputException;
import nl.bordspiegel.shared.Role;
import nl.bordspiegel.shared.SchoolData;
import nl.bordspiegel.shared.SchoolData.Kind;
import nl.bordspiegel.shared.SchoolData.Scope;
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
    public static final String MARKER = SchoolData.MARKER;
    /** The usual start of a Dutch school year, used when the admin set no school year. */
    static final MonthDay DEFAULT_YEAR_START = MonthDay.of(8, 1);
    /** Anonymised people get {@code anoniem-<id>} as login name: unique, and no e-mail address. */
    static final String ANONYMOUS_LOGIN = "anoniem-";

    public enum Mode { DELETE, ANONYMISE }

    private final SchoolRepository schools;
    private final PersonRepository people;
    private final TeamRepository teams;
    private final CurrentUser currentUser;
    private final AuditLog audit;
    private final List<SchoolData> parts;
    private final JdbcTemplate jdbc;
    private final Clock clock;

    DataRetention(SchoolRepository schools, PersonRepository people, TeamRepository teams, CurrentUser currentUser,
                  AuditLog audit, List<SchoolData> parts, JdbcTemplate jdbc, Clock clock) {
        this.schools = schools;
        this.people = people;
        this.teams = teams;
        this.currentUser = currentUser;
        this.audit = audit;
        this.parts = parts;
        this.jdbc = jdbc;
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
        Scope scope = scope(admin.schoolId(), cutOff);
        Map<Kind, Long> counts = new EnumMap<>(Kind.class);
        parts.forEach(part -> counts.putAll(part.countOld(scope)));
        counts.put(Kind.FORMER_STAFF, (long) formerStaff(scope).size());
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
        Scope scope = scope(admin.schoolId(), preview.cutOff());
        if (mode == Mode.DELETE) {
            parts.forEach(part -> part.deleteOld(scope));
            audit.record(AuditAction.DATA_DELETED, detail(preview, false));
        } else {
            anonymise(scope);
            audit.record(AuditAction.DATA_ANONYMISED, detail(preview, true));
        }
        return preview;
    }

    /**
     * Keeps every row, date, status, number, pattern and link the inference and the overview
     * count with, and replaces what people wrote with {@link #MARKER}. Former staff without
     * activity since the cut-off lose their name, login and password.
     */
    private void anonymise(Scope scope) {
        List<Person> formerStaff = formerStaff(scope);
        parts.forEach(part -> part.anonymiseOld(scope));
        for (Person person : formerStaff) {
            String oldEmail = person.email();
            String name = "Oud-medewerker #" + person.id();
            jdbc.update("update person set name = ?, email = ?, password_hash = null, version = version + 1"
                    + " where id = ?", name, ANONYMOUS_LOGIN + person.id(), person.id());
            parts.forEach(part -> part.forget(person.id(), oldEmail, name));
        }
    }

    /** Deactivated, not yet anonymised, and nothing of theirs dated on or after the cut-off in any module. */
    private List<Person> formerStaff(Scope scope) {
        Set<Long> active = new HashSet<>();
        parts.forEach(part -> active.addAll(part.activeSince(scope)));
        return people.findBySchoolIdOrderByName(scope.schoolId()).stream()
                .filter(person -> !person.active() && !person.email().startsWith(ANONYMOUS_LOGIN))
                .filter(person -> !active.contains(person.id()))
                .toList();
    }

    private Scope scope(long schoolId, LocalDate cutOff) {
        return new Scope(schoolId, teams.findBySchoolIdOrderByName(schoolId).stream().map(Team::id).toList(),
                people.findBySchoolIdOrderByName(schoolId).stream().map(Person::id).toList(), cutOff);
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

    private SignedInUser admin() {
        SignedInUser user = currentUser.require();
        if (!user.has(Role.ADMIN)) {
            throw new AccessDeniedException("Only a school's admin manages its data");
        }
        return user;
    }
}
