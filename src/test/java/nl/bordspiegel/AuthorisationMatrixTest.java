package nl.bordspiegel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.support.TransactionTemplate;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.syntax.ArchRuleDefinition;

import nl.bordspiegel.audit.AuditAction;
import nl.bordspiegel.audit.AuditLog;
import nl.bordspiegel.history.HistoryExporter;
import nl.bordspiegel.history.HistoryImporter;
import nl.bordspiegel.school.SchoolAdministration;
import nl.bordspiegel.school.SchoolDirectory;
import nl.bordspiegel.school.SchoolSettings;
import nl.bordspiegel.school.StaffImport;
import nl.bordspiegel.security.PasswordService;
import nl.bordspiegel.shared.Messages;
import nl.bordspiegel.shared.Role;

/**
 * Who may call which service method: every public method of every public {@code @Service}
 * in {@code nl.bordspiegel}, for every kind of user, against school A's data. A call is
 * <em>refused</em> when it throws {@link AccessDeniedException}; anything else, including a refusal of bad input, means the security check let
 * it through. Every call runs in a transaction that is rolled back.
 *
 * <h2>How to add rows</h2>
 * A new public method of a public {@code @Service} makes {@link #everyServiceMethodIsInTheMatrix}
 * fail until it has a row. Add one table method per service (see {@link #schoolDirectory}),
 * list it in {@link #matrix}, and write one row per method:
 * {@code row(MyService.class, "method", allowed(TEACHER, ADMIN), f -> f.bean(MyService.class).method(f.teamA))}.
 * Use school A's ids from the {@link Fixture} ({@code f.teamA}, {@code f.teacherA}, ...); the
 * {@link Who#OTHER_SCHOOL} user holds every role in school B, so a row proves that school B
 * never reaches school A. Methods without a user (start-up, command line) go in
 * {@link #SYSTEM_ONLY} with the reason.
 */
@SpringBootTest
@ActiveProfiles("test")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AuthorisationMatrixTest {

    enum Who { TEACHER, COACH, LEADER, ADMIN, OTHER_SCHOOL, ANONYMOUS }

    /** Called at start-up or from the command line, never from a view (checked below). */
    private static final Set<String> SYSTEM_ONLY = Set.of(
            "HistoryImporter#importSchool", "HistoryImporter#databaseHasSchools",
            "HistoryExporter#export", "HistoryExporter#schoolIds");

    @Autowired ApplicationContext context;
    @Autowired UserDetailsService accounts;
    @Autowired HistoryImporter importer;
    @Autowired PasswordEncoder encoder;
    @Autowired JdbcTemplate jdbc;
    @Autowired TransactionTemplate transactions;

    private Fixture fixture;

    /** School A with one of each role and a team; school B with a person holding every role. */
    final class Fixture {
        final TestSchools.School a = TestSchools.create(importer, encoder);
        final TestSchools.School b = TestSchools.create(importer, encoder);
        final long teamA = id("select id from team where school_id = ?", a.id());
        final long teacherA = id("select id from person where email = ?", a.teacher());
        final String outsider = "alles@" + TestSchools.uniqueTag() + ".example";

        Fixture() {
            jdbc.update("insert into person (school_id, name, email, password_hash) values (?, ?, ?, ?)", b.id(),
                    "Olaf Overal", outsider, encoder.encode(TestSchools.PASSWORD));
            long olaf = id("select id from person where email = ?", outsider);
            for (Role role : Role.values()) {
                jdbc.update("insert into person_role (person_id, role) values (?, ?)", olaf, role.name());
            }
        }

        <T> T bean(Class<T> type) {
            return context.getBean(type);
        }

        private long id(String sql, Object argument) {
            return jdbc.queryForObject(sql, Long.class, argument);
        }

        String email(Who who) {
            return switch (who) {
                case TEACHER -> a.teacher();
                case COACH -> a.coach();
                case LEADER -> a.leader();
                case ADMIN -> a.admin();
                case OTHER_SCHOOL -> outsider;
                case ANONYMOUS -> null;
            };
        }
    }

    interface Call {
        void run(Fixture f) throws Exception;
    }

    record Row(Class<?> service, String method, Set<Who> allowed, Call call) {
        String key() {
            return service.getSimpleName() + "#" + method;
        }
    }

    private static Row row(Class<?> service, String method, Set<Who> allowed, Call call) {
        return new Row(service, method, allowed, call);
    }

    private static Set<Who> allowed(Who... who) {
        return who.length == 0 ? EnumSet.noneOf(Who.class) : EnumSet.copyOf(Arrays.asList(who));
    }

    private static final Set<Who> SIGNED_IN = allowed(Who.TEACHER, Who.COACH, Who.LEADER, Who.ADMIN, Who.OTHER_SCHOOL);
    private static final Set<Who> EVERYONE = EnumSet.allOf(Who.class);
    /** Admin-only work on the admin's own school: school B's user does it in school B. */
    private static final Set<Who> ADMINS_OWN_SCHOOL = allowed(Who.ADMIN, Who.OTHER_SCHOOL);
    private static final Set<Who> ADMIN_OF_A = allowed(Who.ADMIN);
    /** Team A is open to its member, its leader, and the school's coaches and admins. */
    private static final Set<Who> TEAM_A = allowed(Who.TEACHER, Who.COACH, Who.LEADER, Who.ADMIN);

    static List<Row> matrix() {
        List<Row> rows = new ArrayList<>();
        rows.addAll(schoolDirectory());
        rows.addAll(schoolAdministration());
        rows.addAll(staffImport());
        rows.addAll(passwordService());
        rows.addAll(auditLog());
        return rows;
    }

    static List<Row> schoolDirectory() {
        Class<SchoolDirectory> s = SchoolDirectory.class;
        return List.of(
                row(s, "mySchoolName", SIGNED_IN, f -> f.bean(s).mySchoolName()),
                row(s, "myTeams", SIGNED_IN, f -> f.bean(s).myTeams()),
                row(s, "visibleTeams", SIGNED_IN, f -> f.bean(s).visibleTeams()),
                row(s, "canSee", TEAM_A, f -> {
                    if (!f.bean(s).canSee(f.teamA)) {
                        throw new AccessDeniedException("canSee said no");
                    }
                }),
                row(s, "requireVisible", TEAM_A, f -> f.bean(s).requireVisible(f.teamA)),
                row(s, "team", TEAM_A, f -> f.bean(s).team(f.teamA)),
                // The language of the login page too: without a user it is Dutch.
                row(s, "myLocale", EVERYONE, f -> f.bean(s).myLocale()),
                row(s, "changeMyLocale", SIGNED_IN, f -> f.bean(s).changeMyLocale(Messages.DUTCH)));
    }

    static List<Row> schoolAdministration() {
        Class<SchoolAdministration> s = SchoolAdministration.class;
        return List.of(
                row(s, "people", ADMINS_OWN_SCHOOL, f -> f.bean(s).people()),
                row(s, "addPerson", ADMINS_OWN_SCHOOL, f -> f.bean(s).addPerson("Nieuw", TestSchools.uniqueTag()
                        + "@nieuw.example", Set.of(Role.TEACHER))),
                row(s, "changePerson", ADMIN_OF_A, f -> f.bean(s).changePerson(f.teacherA, "Tom", f.a.teacher(),
                        Set.of(Role.TEACHER, Role.COACH))),
                row(s, "deactivate", ADMIN_OF_A, f -> f.bean(s).deactivate(f.teacherA)),
                row(s, "reactivate", ADMIN_OF_A, f -> f.bean(s).reactivate(f.teacherA)),
                row(s, "createSetPasswordLink", ADMIN_OF_A, f -> f.bean(s).createSetPasswordLink(f.teacherA)),
                row(s, "teams", ADMINS_OWN_SCHOOL, f -> f.bean(s).teams()),
                row(s, "createTeam", ADMINS_OWN_SCHOOL, f -> f.bean(s).createTeam("Team " + TestSchools.uniqueTag())),
                row(s, "renameTeam", ADMIN_OF_A, f -> f.bean(s).renameTeam(f.teamA, "Nieuwe naam")),
                row(s, "archiveTeam", ADMIN_OF_A, f -> f.bean(s).archiveTeam(f.teamA)),
                row(s, "restoreTeam", ADMIN_OF_A, f -> f.bean(s).restoreTeam(f.teamA)),
                row(s, "changeTeamPeople", ADMIN_OF_A, f -> f.bean(s).changeTeamPeople(f.teamA, Set.of(f.teacherA),
                        Set.of(), Set.of())),
                row(s, "settings", ADMINS_OWN_SCHOOL, f -> f.bean(s).settings()),
                row(s, "changeSettings", ADMINS_OWN_SCHOOL, f -> f.bean(s).changeSettings(
                        new SchoolSettings(60, 180, null, null, null))),
                row(s, "exportSchool", ADMINS_OWN_SCHOOL, f -> f.bean(s).exportSchool()),
                row(s, "schoolIsEmpty", ADMINS_OWN_SCHOOL, f -> f.bean(s).schoolIsEmpty()),
                // Refused as "not empty" for both admins: it passes the security check.
                row(s, "importSchool", ADMINS_OWN_SCHOOL, f -> f.bean(s).importSchool("{}")));
    }

    static List<Row> staffImport() {
        Class<StaffImport> s = StaffImport.class;
        return List.of(
                row(s, "preview", ADMINS_OWN_SCHOOL, f -> f.bean(s).preview("naam;e-mail;rollen\nX;x@y.example;leraar")),
                row(s, "apply", ADMINS_OWN_SCHOOL, f -> f.bean(s).apply("naam;e-mail;rollen\nX;"
                        + TestSchools.uniqueTag() + "@import.example;leraar")));
    }

    static List<Row> passwordService() {
        Class<PasswordService> s = PasswordService.class;
        return List.of(
                row(s, "changeMyPassword", SIGNED_IN, f -> f.bean(s).changeMyPassword(TestSchools.PASSWORD,
                        "fiets regen tulp 42")),
                row(s, "createSetPasswordToken", ADMIN_OF_A, f -> f.bean(s).createSetPasswordToken(f.teacherA)),
                // Whoever holds a link: the token is the proof, so nobody is refused up front.
                row(s, "isUsable", EVERYONE, f -> f.bean(s).isUsable("geen-echte-link")),
                row(s, "setPasswordWithToken", EVERYONE, f -> f.bean(s).setPasswordWithToken("geen-echte-link",
                        "fiets regen tulp 42")));
    }

    static List<Row> auditLog() {
        Class<AuditLog> s = AuditLog.class;
        return List.of(
                row(s, "record", SIGNED_IN, f -> f.bean(s).record(AuditAction.SHARED, "matrix")),
                row(s, "newestEntries", ADMINS_OWN_SCHOOL, f -> f.bean(s).newestEntries()));
    }

    @BeforeAll
    void schools() {
        fixture = new Fixture();
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @TestFactory
    Stream<DynamicTest> everyoneGetsExactlyTheAccessTheMatrixSays() {
        return matrix().stream().flatMap(row -> Arrays.stream(Who.values()).map(who -> DynamicTest.dynamicTest(
                row.key() + " as " + who + (row.allowed().contains(who) ? " is allowed" : " is refused"),
                () -> check(row, who))));
    }

    private void check(Row row, Who who) {
        signIn(who);
        boolean refused;
        try {
            transactions.executeWithoutResult(status -> {
                status.setRollbackOnly();
                try {
                    row.call().run(fixture);
                } catch (RuntimeException e) {
                    throw e;
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
            refused = false;
        } catch (AccessDeniedException denied) {
            refused = true;
        } catch (RuntimeException otherwise) {
            // Bad input, a used link, a non-empty school: refused for a reason other than access.
            refused = false;
        } finally {
            SecurityContextHolder.clearContext();
        }
        assertThat(refused).as(row.key() + " as " + who).isEqualTo(!row.allowed().contains(who));
    }

    private void signIn(Who who) {
        if (who == Who.ANONYMOUS) {
            TestSchools.useStrategyOf(context);
            SecurityContextHolder.getContext().setAuthentication(new AnonymousAuthenticationToken("matrix",
                    "anonymousUser", AuthorityUtils.createAuthorityList("ROLE_ANONYMOUS")));
        } else {
            TestSchools.signIn(context, fixture.email(who));
        }
    }

    @Test
    void everyServiceMethodIsInTheMatrix() {
        Set<String> inMatrix = matrix().stream().map(Row::key).collect(Collectors.toCollection(TreeSet::new));
        Set<String> existing = publicServiceMethods();

        Set<String> missing = new TreeSet<>(existing);
        missing.removeAll(inMatrix);
        missing.removeAll(SYSTEM_ONLY);
        Set<String> stale = new TreeSet<>(inMatrix);
        stale.addAll(SYSTEM_ONLY);
        stale.removeAll(existing);

        if (!missing.isEmpty() || !stale.isEmpty()) {
            fail("Service methods missing from the authorisation matrix: " + missing
                    + "; rows for methods that no longer exist: " + stale);
        }
    }

    @Test
    void systemOnlyServicesAreNeverCalledFromAView() {
        ArchRuleDefinition.noClasses().that().resideInAPackage("nl.bordspiegel..ui..")
                .should().dependOnClassesThat().belongToAnyOf(HistoryImporter.class, HistoryExporter.class)
                .check(new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                        .importPackages("nl.bordspiegel"));
    }

    static Set<String> publicServiceMethods() {
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(Service.class));
        Set<String> methods = new TreeSet<>();
        scanner.findCandidateComponents("nl.bordspiegel").forEach(candidate -> {
            try {
                Class<?> type = Class.forName(candidate.getBeanClassName());
                if (!Modifier.isPublic(type.getModifiers())) {
                    return;
                }
                for (Method method : type.getDeclaredMethods()) {
                    int modifiers = method.getModifiers();
                    if (Modifier.isPublic(modifiers) && !Modifier.isStatic(modifiers) && !method.isSynthetic()
                            && !method.isBridge()) {
                        methods.add(type.getSimpleName() + "#" + method.getName());
                    }
                }
            } catch (ClassNotFoundException e) {
                throw new IllegalStateException(e);
            }
        });
        return methods;
    }
}
