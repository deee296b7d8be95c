package nl.bordspiegel.school;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import jakarta.annotation.security.RolesAllowed;
import nl.bordspiegel.audit.AuditAction;
import nl.bordspiegel.audit.AuditLog;
import nl.bordspiegel.security.CurrentUser;
import nl.bordspiegel.security.SignedInUser;
import nl.bordspiegel.shared.InvalidInputException;
import nl.bordspiegel.shared.Role;
import nl.bordspiegel.shared.Messages;

/**
 * Onboards staff from a CSV file with the columns name, e-mail, roles and teams. First a
 * preview with every problem and its line number; only a file without problems is applied,
 * whole, in one transaction. Roles and teams are separated by {@code |} within their field;
 * teams that do not exist yet are created. Teachers join the listed teams as members,
 * leaders follow them and coaches coach them.
 */
@Service
@Transactional
@RolesAllowed(Role.Names.ADMIN)
public class StaffImport {

    /** A school's staff fits in this many lines; a bigger file is a mistake, not a school. */
    public static final int MOST_LINES = 2000;
    public static final int MOST_CHARACTERS = 500_000;
    static final Map<String, Role> ROLE_NAMES = roleNames();

    private final PersonRepository people;
    private final TeamRepository teams;
    private final CurrentUser currentUser;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;

    StaffImport(PersonRepository people, TeamRepository teams, CurrentUser currentUser, AuditLog audit,
                ApplicationEventPublisher events) {
        this.people = people;
        this.teams = teams;
        this.currentUser = currentUser;
        this.audit = audit;
        this.events = events;
    }

    @Transactional(readOnly = true)
    public StaffImportPreview preview(String csv) {
        SignedInUser admin = currentUser.require();
        List<StaffImportPreview.Problem> fileProblems = new ArrayList<>();
        if (csv != null && csv.length() > MOST_CHARACTERS) {
            fileProblems.add(new StaffImportPreview.Problem(0, "admin.csv.tooBig", List.of(MOST_CHARACTERS)));
            return new StaffImportPreview(List.of(), fileProblems, List.of());
        }
        List<StaffCsv.Line> lines = StaffCsv.lines(csv);
        if (lines.isEmpty()) {
            fileProblems.add(new StaffImportPreview.Problem(0, "admin.csv.empty", List.of()));
            return new StaffImportPreview(List.of(), fileProblems, List.of());
        }
        if (lines.size() - 1 > MOST_LINES) {
            fileProblems.add(new StaffImportPreview.Problem(0, "admin.csv.tooManyLines", List.of(MOST_LINES)));
            return new StaffImportPreview(List.of(), fileProblems, List.of());
        }
        if (!looksLikeHeader(lines.get(0))) {
            fileProblems.add(new StaffImportPreview.Problem(lines.get(0).number(), "admin.csv.header", List.of()));
            return new StaffImportPreview(List.of(), fileProblems, List.of());
        }
        Map<String, Team> existingTeams = new HashMap<>();
        teams.findBySchoolIdAndArchivedFalseOrderByName(admin.schoolId())
                .forEach(team -> existingTeams.put(team.name().toLowerCase(Locale.ROOT), team));
        Map<String, String> newTeams = new LinkedHashMap<>();
        Set<String> emailsInFile = new HashSet<>();
        List<StaffImportPreview.Row> rows = new ArrayList<>();
        for (StaffCsv.Line line : lines.subList(1, lines.size())) {
            rows.add(row(line, admin.schoolId(), emailsInFile, existingTeams, newTeams));
        }
        return new StaffImportPreview(rows, fileProblems, List.copyOf(newTeams.values()));
    }

    /**
     * Applies the file when its preview has no problems; otherwise refuses and changes nothing.
     *
     * @return how many people were added
     */
    public int apply(String csv) {
        SignedInUser admin = currentUser.require();
        StaffImportPreview preview = preview(csv);
        if (!preview.canApply()) {
            throw new InvalidInputException("admin.csv.hasProblems", preview.problemCount());
        }
        Map<String, Team> teamsByName = new HashMap<>();
        teams.findBySchoolIdAndArchivedFalseOrderByName(admin.schoolId())
                .forEach(team -> teamsByName.put(team.name().toLowerCase(Locale.ROOT), team));
        for (String name : preview.newTeams()) {
            teamsByName.put(name.toLowerCase(Locale.ROOT), teams.save(new Team(admin.schoolId(), name)));
        }
        for (StaffImportPreview.Row row : preview.rows()) {
            Person person = people.save(new Person(admin.schoolId(), row.name(), row.email(), row.roles()));
            for (String teamName : row.teams()) {
                join(teamsByName.get(teamName.toLowerCase(Locale.ROOT)), person);
            }
        }
        // The log is the school's record, kept in the school's language (Dutch) whoever reads it later.
        audit.record(AuditAction.STAFF_IMPORTED, Messages.get(Messages.DUTCH, "audit.detail.staffImported",
                preview.rows().size(), preview.newTeams().size()));
        events.publishEvent(new SchoolOrganisationChanged(admin.schoolId()));
        return preview.rows().size();
    }

    private static void join(Team team, Person person) {
        Set<Long> members = new HashSet<>(team.members());
        Set<Long> leaders = new HashSet<>(team.leaders());
        Set<Long> coaches = new HashSet<>(team.coaches());
        if (person.has(Role.TEACHER)) {
            members.add(person.id());
        }
        if (person.has(Role.LEADER)) {
            leaders.add(person.id());
        }
        if (person.has(Role.COACH)) {
            coaches.add(person.id());
        }
        team.changePeople(members, leaders, coaches);
    }

    private StaffImportPreview.Row row(StaffCsv.Line line, long schoolId, Set<String> emailsInFile,
                                       Map<String, Team> existingTeams, Map<String, String> newTeams) {
        List<StaffImportPreview.Problem> problems = new ArrayList<>();
        List<String> fields = line.fields();
        if (fields.size() < 3 || fields.size() > 4) {
            problems.add(problem(line, "admin.csv.columns", fields.size()));
            return new StaffImportPreview.Row(line.number(), "", "", Set.of(), List.of(), problems);
        }
        String name = checked(line, problems, () -> InvalidInputException.requireLine(fields.get(0), Person.NAME_MAX, "security.input.field.name"))
                .orElse(fields.get(0));
        String email = checked(line, problems, () -> InvalidInputException.requireEmail(fields.get(1))).orElse(fields.get(1));
        if (!problems.stream().anyMatch(p -> p.messageKey().equals("security.input.email"))) {
            if (!emailsInFile.add(email)) {
                problems.add(problem(line, "admin.csv.emailTwice", email));
            } else {
                // Another school's address gets the answer any unusable address gets: nothing is revealed.
                people.findByEmail(email).ifPresent(found -> problems.add(found.schoolId() == schoolId
                        ? problem(line, "admin.person.emailInUse", email) : problem(line, "security.input.email")));
            }
        }
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (String roleName : parts(fields.get(2))) {
            Role role = ROLE_NAMES.get(roleName.toLowerCase(Locale.ROOT));
            if (role == null) {
                problems.add(problem(line, "admin.csv.unknownRole", roleName));
            } else {
                roles.add(role);
            }
        }
        if (roles.isEmpty() && problems.stream().noneMatch(p -> p.messageKey().equals("admin.csv.unknownRole"))) {
            problems.add(problem(line, "admin.person.noRole"));
        }
        List<String> teamNames = new ArrayList<>();
        for (String teamName : fields.size() == 4 ? parts(fields.get(3)) : List.<String>of()) {
            Optional<String> checkedName = checked(line, problems,
                    () -> InvalidInputException.requireLine(teamName, Team.NAME_MAX, "security.input.field.teamName"));
            checkedName.ifPresent(valid -> {
                String key = valid.toLowerCase(Locale.ROOT);
                Team existing = existingTeams.get(key);
                teamNames.add(existing != null ? existing.name() : newTeams.computeIfAbsent(key, k -> valid));
            });
        }
        if (!teamNames.isEmpty() && roles.stream().noneMatch(EnumSet.of(Role.TEACHER, Role.LEADER, Role.COACH)::contains)
                && !roles.isEmpty()) {
            problems.add(problem(line, "admin.csv.teamsWithoutRole"));
        }
        return new StaffImportPreview.Row(line.number(), name, email, roles, teamNames, problems);
    }

    private static Optional<String> checked(StaffCsv.Line line, List<StaffImportPreview.Problem> problems,
                                            java.util.function.Supplier<String> check) {
        try {
            return Optional.of(check.get());
        } catch (InvalidInputException invalid) {
            problems.add(new StaffImportPreview.Problem(line.number(), invalid.messageKey(), List.of(invalid.arguments())));
            return Optional.empty();
        }
    }

    private static StaffImportPreview.Problem problem(StaffCsv.Line line, String key, Object... arguments) {
        return new StaffImportPreview.Problem(line.number(), key, List.of(arguments));
    }

    private static List<String> parts(String field) {
        return java.util.Arrays.stream(field.split("\\|")).map(String::strip).filter(part -> !part.isEmpty()).toList();
    }

    private static boolean looksLikeHeader(StaffCsv.Line line) {
        String first = line.fields().get(0).toLowerCase(Locale.ROOT);
        return first.equals("naam") || first.equals("name");
    }

    private static Map<String, Role> roleNames() {
        Map<String, Role> names = new HashMap<>();
        for (Role role : Role.values()) {
            names.put(role.name().toLowerCase(Locale.ROOT), role);
        }
        names.put("leraar", Role.TEACHER);
        names.put("docent", Role.TEACHER);
        names.put("schoolcoach", Role.COACH);
        names.put("coach", Role.COACH);
        names.put("schoolleider", Role.LEADER);
        names.put("beheerder", Role.ADMIN);
        return Map.copyOf(names);
    }
}
