package nl.bordspiegel.school;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.bordspiegel.security.CurrentUser;
import nl.bordspiegel.security.SignedInUser;
import nl.bordspiegel.shared.Messages;
import nl.bordspiegel.shared.Role;

/**
 * The door to a school's people and teams. Every read is limited to the signed-in user's
 * own school, and a team is visible to its members, the leaders who follow it, and the
 * school's coaches and admins: nobody else.
 */
@Service
@Transactional(readOnly = true)
public class SchoolDirectory {

    private final SchoolRepository schools;
    private final PersonRepository people;
    private final TeamRepository teams;
    private final CurrentUser currentUser;

    SchoolDirectory(SchoolRepository schools, PersonRepository people, TeamRepository teams, CurrentUser currentUser) {
        this.schools = schools;
        this.people = people;
        this.teams = teams;
        this.currentUser = currentUser;
    }

    public String mySchoolName() {
        return schools.findById(currentUser.require().schoolId()).map(School::name).orElseThrow();
    }

    /** The teams the user is part of: as member, as a leader following it, or as its coach. */
    public List<TeamSummary> myTeams() {
        return teams.findInvolving(currentUser.require().personId()).stream().map(SchoolDirectory::summary).toList();
    }

    /** The teams the user may open: coaches and admins see every team of their school. */
    public List<TeamSummary> visibleTeams() {
        SignedInUser user = currentUser.require();
        if (seesWholeSchool(user)) {
            return teams.findBySchoolIdAndArchivedFalseOrderByName(user.schoolId()).stream()
                    .map(SchoolDirectory::summary).toList();
        }
        return myTeams();
    }

    public boolean canSee(long teamId) {
        SignedInUser user = currentUser.require();
        return teams.findById(teamId).filter(team -> mayOpen(user, team)).isPresent();
    }

    /** Refuses, with one message for a missing and a forbidden team alike. */
    public void requireVisible(long teamId) {
        if (!canSee(teamId)) {
            throw new AccessDeniedException("Team " + teamId + " is not visible to this user");
        }
    }

    public TeamPeople team(long teamId) {
        requireVisible(teamId);
        Team team = teams.findById(teamId).orElseThrow();
        Map<Long, PersonSummary> byId = summaries(allPeopleOf(team));
        return new TeamPeople(summary(team), pick(byId, team.members()), pick(byId, team.leaders()),
                pick(byId, team.coaches()));
    }

    /** What "little" and "a lot of" leader time per week means in the user's school. */
    public TimeNorms myTimeNorms() {
        School school = schools.findById(currentUser.require().schoolId()).orElseThrow();
        return new TimeNorms(school.littleTimeMinutes(), school.muchTimeMinutes());
    }

    /** The active school coaches of the user's school, by name: whom a leader may share with. */
    public List<PersonSummary> coachesOfMySchool() {
        return people.findBySchoolIdOrderByName(currentUser.require().schoolId()).stream()
                .filter(person -> person.roles().contains(Role.COACH) && person.active())
                .map(person -> new PersonSummary(person.id(), person.name(), person.roles()))
                .toList();
    }

    /** People of the user's own school by id; ids from another school are left out. */
    public Map<Long, PersonSummary> peopleOfMySchool(Collection<Long> ids) {
        long schoolId = currentUser.require().schoolId();
        return people.findByIdIn(ids).stream().filter(person -> person.schoolId() == schoolId)
                .map(person -> new PersonSummary(person.id(), person.name(), person.roles()))
                .collect(Collectors.toMap(PersonSummary::id, Function.identity()));
    }

    /** Team names of the user's own school by id, archived teams too; ids from another school are left out. */
    public Map<Long, String> teamNamesOfMySchool(Collection<Long> ids) {
        long schoolId = currentUser.require().schoolId();
        return teams.findAllById(ids).stream().filter(team -> team.schoolId() == schoolId)
                .collect(Collectors.toMap(Team::id, Team::name));
    }

    /** The active school leaders of the user's own school, by name: whom coach updates go to. */
    public List<PersonSummary> leaders() {
        return people.findBySchoolIdOrderByName(currentUser.require().schoolId()).stream()
                .filter(person -> person.active() && person.roles().contains(Role.LEADER))
                .map(person -> new PersonSummary(person.id(), person.name(), person.roles())).toList();
    }

    public Locale myLocale() {
        return currentUser.get().flatMap(user -> people.findById(user.personId())).map(Person::locale)
                .orElse(Messages.DUTCH);
    }

    @Transactional
    public void changeMyLocale(Locale locale) {
        people.findById(currentUser.require().personId()).orElseThrow().changeLocale(Messages.supported(locale));
    }

    private static boolean seesWholeSchool(SignedInUser user) {
        return user.has(Role.COACH) || user.has(Role.ADMIN);
    }

    private static boolean mayOpen(SignedInUser user, Team team) {
        if (team.schoolId() != user.schoolId()) {
            return false;
        }
        long me = user.personId();
        return seesWholeSchool(user) || team.members().contains(me) || team.leaders().contains(me)
                || team.coaches().contains(me);
    }

    private static Collection<Long> allPeopleOf(Team team) {
        return java.util.stream.Stream.of(team.members(), team.leaders(), team.coaches())
                .flatMap(Collection::stream).collect(Collectors.toSet());
    }

    private Map<Long, PersonSummary> summaries(Collection<Long> ids) {
        return people.findByIdIn(ids).stream()
                .map(person -> new PersonSummary(person.id(), person.name(), person.roles()))
                .collect(Collectors.toMap(PersonSummary::id, Function.identity()));
    }

    private static List<PersonSummary> pick(Map<Long, PersonSummary> byId, Collection<Long> ids) {
        return ids.stream().map(byId::get).sorted(Comparator.comparing(PersonSummary::name)).toList();
    }

    private static TeamSummary summary(Team team) {
        return new TeamSummary(team.id(), team.name());
    }
}
