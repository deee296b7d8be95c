package nl.bordspiegel.school;

import java.io.IOException;
import java.io.StringReader;
import java.util.Locale;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.interceptor.TransactionAspectSupport;

import jakarta.annotation.security.RolesAllowed;
import nl.bordspiegel.audit.AuditAction;
import nl.bordspiegel.audit.AuditLog;
import nl.bordspiegel.history.HistoryFormatException;
import nl.bordspiegel.history.HistoryImporter;
import nl.bordspiegel.history.HistoryReader;
import nl.bordspiegel.historymodel.SchoolHistory;
import nl.bordspiegel.security.CurrentUser;
import nl.bordspiegel.security.SignedInUser;
import nl.bordspiegel.shared.InvalidInputException;
import nl.bordspiegel.shared.Messages;
import nl.bordspiegel.shared.Role;

/**
 * An admin replaces their own school with a {@code school-history/1} file (a backup, or a
 * school prepared elsewhere): first a preview, then all or nothing.
 *
 * <p>The file becomes a new school; the old one is retired in the same transaction: its
 * people lose their login (address, password) and are deactivated, so their open sessions end
 * on their next request, and nobody can reach the old school again. The admin must be in the
 * file as an admin with the same address: their new account takes their own password, so
 * they sign in again as themselves and nobody learns a password. Everyone else sets a
 * password through a link, as after a restore.
 */
@Service
@Transactional
@RolesAllowed(Role.Names.ADMIN)
public class SchoolReplacement {

    /** A retired person's login: unique, no address, so the file may bring the same addresses back. */
    static final String RETIRED_LOGIN = "vervangen-";

    private final SchoolRepository schools;
    private final PersonRepository people;
    private final TeamRepository teams;
    private final CurrentUser currentUser;
    private final HistoryImporter importer;
    private final AuditLog audit;
    private final JdbcTemplate jdbc;

    SchoolReplacement(SchoolRepository schools, PersonRepository people, TeamRepository teams, CurrentUser currentUser,
                      HistoryImporter importer, AuditLog audit, JdbcTemplate jdbc) {
        this.schools = schools;
        this.people = people;
        this.teams = teams;
        this.currentUser = currentUser;
        this.importer = importer;
        this.audit = audit;
        this.jdbc = jdbc;
    }

    /**
     * What {@link #replace} would do with this file. The replacement itself is tried and rolled
     * back, so every problem the real one would meet (a bad key, an address in use elsewhere) is
     * found here, with its place.
     */
    public ReplacementPreview preview(String json) {
        SignedInUser admin = admin();
        // Set first: a failing import inside then rolls back without an UnexpectedRollbackException.
        TransactionAspectSupport.currentTransactionStatus().setRollbackOnly();
        School current = schools.findById(admin.schoolId()).orElseThrow();
        int currentPeople = people.findBySchoolIdOrderByName(current.id()).size();
        int currentTeams = teams.findBySchoolIdOrderByName(current.id()).size();
        SchoolHistory history;
        try {
            history = read(json);
        } catch (HistoryFormatException invalid) {
            return new ReplacementPreview(current.name(), currentPeople, currentTeams, null, 0, 0, 0, 0,
                    null, invalid.place(), invalid.problem());
        } catch (InvalidInputException invalid) {
            return new ReplacementPreview(current.name(), currentPeople, currentTeams, null, 0, 0, 0, 0,
                    invalid, null, null);
        }
        InvalidInputException refusal = null;
        String place = null;
        String problem = null;
        try {
            replaceWith(admin, history);
        } catch (HistoryFormatException invalid) {
            place = invalid.place();
            problem = invalid.problem();
        } catch (InvalidInputException invalid) {
            refusal = invalid;
        }
        int cards = history.goals().size() + history.ideas().size() + history.actions().size()
                + history.successes().size() + history.comments().size();
        return new ReplacementPreview(current.name(), currentPeople, currentTeams, history.school().name(),
                history.people().size(), history.teams().size(), history.sessions().size(), cards,
                refusal, place, problem);
    }

    /**
     * Replaces the admin's school with the file, whole or not at all. A bad file is refused with
     * {@link HistoryFormatException} (naming the place) or {@link InvalidInputException}, and
     * then nothing has changed.
     *
     * @return the new school's id
     */
    public long replace(String json) {
        SignedInUser admin = admin();
        SchoolHistory history = read(json);
        String oldName = schools.findById(admin.schoolId()).orElseThrow().name();
        // In the school that is replaced, whose log stays with it, and before its admin is retired.
        audit.record(AuditAction.SCHOOL_REPLACED, oldName + " → " + history.school().name() + ": "
                + Messages.get(Messages.DUTCH, "audit.detail.schoolImported", history.people().size(), history.teams().size()));
        return replaceWith(admin, history);
    }

    private long replaceWith(SignedInUser admin, SchoolHistory history) {
        String myEmail = people.findById(admin.personId()).orElseThrow().email();
        boolean stillAdmin = history.people().stream().anyMatch(person -> person.email().equalsIgnoreCase(myEmail)
                && person.roles().contains(Role.ADMIN));
        if (!stillAdmin) {
            throw new InvalidInputException("admin.replace.notInFile", myEmail);
        }
        String myPasswordHash = jdbc.queryForObject("select password_hash from person where id = ?", String.class,
                admin.personId());
        jdbc.update("update person set email = concat(?, cast(id as varchar(20))), password_hash = null, active = false,"
                + " version = version + 1 where school_id = ?", RETIRED_LOGIN, admin.schoolId());
        long newSchool = importer.importSchool(history, null);
        jdbc.update("update person set password_hash = ? where school_id = ? and email = ?", myPasswordHash, newSchool,
                myEmail.toLowerCase(Locale.ROOT));
        return newSchool;
    }

    private static SchoolHistory read(String json) {
        try {
            return HistoryReader.read(new StringReader(json == null ? "" : json));
        } catch (IOException unreadable) {
            throw new InvalidInputException("admin.file.unreadable");
        }
    }

    private SignedInUser admin() {
        SignedInUser user = currentUser.require();
        if (!user.has(Role.ADMIN)) {
            throw new AccessDeniedException("Only a school's admin replaces it");
        }
        return user;
    }
}
