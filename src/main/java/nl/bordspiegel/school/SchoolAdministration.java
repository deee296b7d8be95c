package nl.bordspiegel.school;

import java.io.IOException;
import java.io.StringReader;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import jakarta.annotation.security.RolesAllowed;
import nl.bordspiegel.audit.AuditAction;
import nl.bordspiegel.audit.AuditLog;
import nl.bordspiegel.history.HistoryExporter;
import nl.bordspiegel.history.HistoryFormatException;
import nl.bordspiegel.history.HistoryImporter;
import nl.bordspiegel.history.HistoryReader;
import nl.bordspiegel.history.HistoryWriter;
import nl.bordspiegel.historymodel.SchoolHistory;
import nl.bordspiegel.security.CurrentUser;
import nl.bordspiegel.security.PasswordService;
import nl.bordspiegel.security.SignedInUser;
import nl.bordspiegel.shared.InvalidInputException;
import nl.bordspiegel.shared.Role;
import nl.bordspiegel.shared.SchoolData;
import nl.bordspiegel.shared.Messages;

/**
 * What a school's admin does: people, teams, roles, settings, set-password links and the
 * school file. Every method works only on the admin's own school: an id from another
 * school is refused exactly like an id that does not exist.
 */
@Service
@Transactional
@RolesAllowed(Role.Names.ADMIN)
public class SchoolAdministration {

    private final SchoolRepository schools;
    private final PersonRepository people;
    private final TeamRepository teams;
    private final CurrentUser currentUser;
    private final AuditLog audit;
    private final PasswordService passwords;
    private final HistoryExporter exporter;
    private final HistoryImporter importer;
    private final List<SchoolData> data;
    private final ApplicationEventPublisher events;

    SchoolAdministration(SchoolRepository schools, PersonRepository people, TeamRepository teams,
                         CurrentUser currentUser, AuditLog audit, PasswordService passwords,
                         HistoryExporter exporter, HistoryImporter importer, List<SchoolData> data,
                         ApplicationEventPublisher events) {
        this.schools = schools;
        this.people = people;
        this.teams = teams;
        this.currentUser = currentUser;
        this.audit = audit;
        this.passwords = passwords;
        this.exporter = exporter;
        this.importer = importer;
        this.data = data;
        this.events = events;
    }

    // ---- people ----

    @Transactional(readOnly = true)
    public List<StaffMember> people() {
        return people.findBySchoolIdOrderByName(admin().schoolId()).stream().map(SchoolAdministration::staff).toList();
    }

    public long addPerson(String name, String email, Set<Role> roles) {
        SignedInUser admin = admin();
        Person person = new Person(admin.schoolId(), name, email, roles);
        requireEmailFree(person.email(), null);
        people.save(person);
        audit.record(AuditAction.PERSON_ADDED, person.name() + " (" + person.email() + "): " + roleNames(person.roles()));
        organisationChanged(admin.schoolId());
        return person.id();
    }

    public void changePerson(long personId, String name, String email, Set<Role> roles) {
        SignedInUser admin = admin();
        Person person = ownPerson(personId);
        Set<Role> before = person.roles();
        if (personId == admin.personId() && roles != null && !roles.contains(Role.ADMIN)) {
            throw new InvalidInputException("admin.person.selfAdmin");
        }
        person.rename(name);
        String oldEmail = person.email();
        person.changeEmail(email);
        requireEmailFree(person.email(), personId);
        person.changeRoles(roles);
        if (!before.equals(person.roles())) {
            audit.record(AuditAction.ROLES_CHANGED, person.name() + ": " + roleNames(before) + " → "
                    + roleNames(person.roles()));
        }
        if (!oldEmail.equals(person.email())) {
            audit.record(AuditAction.PERSON_CHANGED, person.name() + ": " + oldEmail + " → " + person.email());
        }
        organisationChanged(admin.schoolId());
    }

    /** Signs a person out of the product for good; their sessions, cards and time stay in the history. */
    public void deactivate(long personId) {
        if (personId == admin().personId()) {
            throw new InvalidInputException("admin.person.selfDeactivate");
        }
        Person person = ownPerson(personId);
        person.deactivate();
        teams.findBySchoolIdOrderByName(person.schoolId()).forEach(team -> team.remove(personId));
        audit.record(AuditAction.PERSON_DEACTIVATED, person.name());
        organisationChanged(person.schoolId());
    }

    public void reactivate(long personId) {
        Person person = ownPerson(personId);
        person.reactivate();
        audit.record(AuditAction.PERSON_REACTIVATED, person.name());
        organisationChanged(person.schoolId());
    }

    /** A one-time link token for a new colleague to set their password; the view shows the link. */
    public String createSetPasswordLink(long personId) {
        Person person = ownPerson(personId);
        String token = passwords.createSetPasswordToken(personId);
        audit.record(AuditAction.PASSWORD_LINK_CREATED, person.name());
        return token;
    }

    /** The address of a link, built from the configured public URL (never from a request's Host header). */
    public String setPasswordLink(String token) {
        admin();
        return passwords.link(token);
    }

    // ---- teams ----

    @Transactional(readOnly = true)
    public List<TeamDetails> teams() {
        return teams.findBySchoolIdOrderByName(admin().schoolId()).stream().map(SchoolAdministration::details).toList();
    }

    public long createTeam(String name) {
        SignedInUser admin = admin();
        Team team = new Team(admin.schoolId(), name);
        requireTeamNameFree(team.name(), null);
        teams.save(team);
        audit.record(AuditAction.TEAM_CHANGED, "+ " + team.name());
        organisationChanged(admin.schoolId());
        return team.id();
    }

    public void renameTeam(long teamId, String name) {
        Team team = ownTeam(teamId);
        String before = team.name();
        team.rename(name);
        requireTeamNameFree(team.name(), teamId);
        audit.record(AuditAction.TEAM_CHANGED, before + " → " + team.name());
        organisationChanged(team.schoolId());
    }

    public void archiveTeam(long teamId) {
        Team team = ownTeam(teamId);
        team.archive();
        audit.record(AuditAction.TEAM_CHANGED, team.name() + ": " + Messages.get(Messages.DUTCH, "audit.detail.archived"));
        organisationChanged(team.schoolId());
    }

    public void restoreTeam(long teamId) {
        Team team = ownTeam(teamId);
        requireTeamNameFree(team.name(), teamId);
        team.restore();
        audit.record(AuditAction.TEAM_CHANGED, team.name() + ": " + Messages.get(Messages.DUTCH, "audit.detail.restored"));
        organisationChanged(team.schoolId());
    }

    /**
     * Who is in a team: members teach (or coach), leaders hold the leader role and follow the
     * team, coaches hold the coach role. Only active people of this school.
     */
    public void changeTeamPeople(long teamId, Set<Long> members, Set<Long> leaders, Set<Long> coaches) {
        Team team = ownTeam(teamId);
        requirePeopleWithRole(members, EnumSet.of(Role.TEACHER, Role.COACH), "admin.team.memberRole");
        requirePeopleWithRole(leaders, EnumSet.of(Role.LEADER), "admin.team.leaderRole");
        requirePeopleWithRole(coaches, EnumSet.of(Role.COACH), "admin.team.coachRole");
        team.changePeople(members, leaders, coaches);
        audit.record(AuditAction.TEAM_CHANGED, team.name() + ": " + members.size() + " / " + leaders.size() + " / "
                + coaches.size());
        organisationChanged(team.schoolId());
    }

    // ---- settings ----

    @Transactional(readOnly = true)
    public SchoolSettings settings() {
        return mySchool().settings();
    }

    public void changeSettings(SchoolSettings settings) {
        School school = mySchool();
        SchoolSettings before = school.settings();
        school.changeSettings(settings);
        audit.record(AuditAction.SETTINGS_CHANGED, before + " → " + settings);
        organisationChanged(school.id());
    }

    // ---- the school file ----

    /**
     * The whole school as a {@code school-history/1} file. Not read-only: the export is written
     * to the audit log, and PostgreSQL refuses an insert in a read-only transaction.
     */
    public String exportSchool() {
        SignedInUser admin = admin();
        String json = HistoryWriter.toJson(exporter.export(admin.schoolId()));
        audit.record(AuditAction.SCHOOL_EXPORTED, mySchool().name());
        return json;
    }

    /**
     * A school is empty when it has no teams, no vision and only admins: then nobody's work
     * can be overwritten or mixed with an imported school.
     */
    @Transactional(readOnly = true)
    public boolean schoolIsEmpty() {
        long schoolId = admin().schoolId();
        return teams.findBySchoolIdOrderByName(schoolId).isEmpty()
                && people.findBySchoolIdOrderByName(schoolId).stream().allMatch(person -> person.has(Role.ADMIN))
                && data.stream().noneMatch(part -> part.holdsAnything(schoolId));
    }

    /**
     * Imports a {@code school-history/1} file into the admin's empty school, whole or not at
     * all. A bad file is refused with {@link HistoryFormatException} naming the place.
     */
    public void importSchool(String json) {
        long mine = admin().schoolId();
        if (!schoolIsEmpty()) {
            throw new InvalidInputException("admin.file.notEmpty");
        }
        SchoolHistory history;
        try {
            history = HistoryReader.read(new StringReader(json == null ? "" : json));
        } catch (IOException unreadable) {
            throw new InvalidInputException("admin.file.unreadable");
        }
        importer.importInto(mine, history);
        audit.record(AuditAction.SCHOOL_IMPORTED, history.school().name() + ": "
                + Messages.get(Messages.DUTCH, "audit.detail.schoolImported", history.people().size(), history.teams().size()));
        organisationChanged(mine);
    }

    /** Whatever was computed from the school's record (a leader's mirror) is computed afresh. */
    private void organisationChanged(long schoolId) {
        events.publishEvent(new SchoolOrganisationChanged(schoolId));
    }

    // ---- checks ----

    private SignedInUser admin() {
        SignedInUser user = currentUser.require();
        if (!user.has(Role.ADMIN)) {
            throw new AccessDeniedException("Only a school's admin manages it");
        }
        return user;
    }

    private School mySchool() {
        return schools.findById(admin().schoolId()).orElseThrow();
    }

    Person ownPerson(long personId) {
        long schoolId = admin().schoolId();
        return people.findById(personId).filter(person -> person.schoolId() == schoolId)
                .orElseThrow(() -> new AccessDeniedException("Person " + personId + " is not in this school"));
    }

    private Team ownTeam(long teamId) {
        long schoolId = admin().schoolId();
        return teams.findById(teamId).filter(team -> team.schoolId() == schoolId)
                .orElseThrow(() -> new AccessDeniedException("Team " + teamId + " is not in this school"));
    }

    /**
     * An address of this school's people is "in use"; one of another school gets the same
     * answer as any address that cannot be used, so no school learns who is in another.
     */
    private static final String EMAIL_FIELD = "security.input.field.email";

    void requireEmailFree(String email, Long exceptPersonId) {
        people.findByEmail(email).filter(found -> !found.id().equals(exceptPersonId)).ifPresent(found -> {
            throw found.schoolId() == admin().schoolId()
                    ? InvalidInputException.at(EMAIL_FIELD, "admin.person.emailInUse", email)
                    : InvalidInputException.at(EMAIL_FIELD, "security.input.email");
        });
    }

    private void requireTeamNameFree(String name, Long exceptTeamId) {
        boolean taken = teams.findBySchoolIdAndArchivedFalseOrderByName(admin().schoolId()).stream()
                .anyMatch(team -> !team.id().equals(exceptTeamId) && team.name().equalsIgnoreCase(name));
        if (taken) {
            throw InvalidInputException.at("security.input.field.teamName", "admin.team.nameInUse", name);
        }
    }

    private void requirePeopleWithRole(Collection<Long> ids, Set<Role> anyOf, String messageKey) {
        long schoolId = admin().schoolId();
        Map<Long, Person> found = people.findByIdIn(ids).stream()
                .collect(Collectors.toMap(Person::id, Function.identity()));
        for (Long id : ids) {
            Person person = found.get(id);
            if (person == null || person.schoolId() != schoolId) {
                throw new AccessDeniedException("Person " + id + " is not in this school");
            }
            if (!person.active() || person.roles().stream().noneMatch(anyOf::contains)) {
                throw new InvalidInputException(messageKey, person.name());
            }
        }
    }

    static String roleNames(Set<Role> roles) {
        return roles.stream().sorted().map(Role::name).collect(Collectors.joining(", "));
    }

    private static StaffMember staff(Person person) {
        return new StaffMember(person.id(), person.name(), person.email(), person.roles(), person.active(),
                person.passwordHash() != null);
    }

    private static TeamDetails details(Team team) {
        return new TeamDetails(team.id(), team.name(), team.archived(), team.members(), team.leaders(), team.coaches());
    }
}
