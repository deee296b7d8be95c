package nl.bordspiegel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;
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
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
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
import nl.bordspiegel.board.ActionReview;
import nl.bordspiegel.board.BoardFacts;
import nl.bordspiegel.board.BoardService;
import nl.bordspiegel.board.CardKind;
import nl.bordspiegel.board.GoalOutcome;
import nl.bordspiegel.coach.CoachOverview;
import nl.bordspiegel.coach.CoachUpdates;
import nl.bordspiegel.history.HistoryExporter;
import nl.bordspiegel.history.HistoryImporter;
import nl.bordspiegel.leadership.Pattern;
import nl.bordspiegel.mirror.JournalService;
import nl.bordspiegel.mirror.JournalView;
import nl.bordspiegel.mirror.MirrorService;
import nl.bordspiegel.mirror.NudgeService;
import nl.bordspiegel.mirror.SharingService;
import nl.bordspiegel.mirror.WindowChoice;
import nl.bordspiegel.school.DataRetention;
import nl.bordspiegel.school.SchoolReplacement;
import nl.bordspiegel.school.SchoolAdministration;
import nl.bordspiegel.school.SchoolDirectory;
import nl.bordspiegel.school.SchoolSettings;
import nl.bordspiegel.school.StaffImport;
import nl.bordspiegel.security.PasswordService;
import nl.bordspiegel.security.SetupLinks;
import nl.bordspiegel.security.SignedInUser;
import nl.bordspiegel.session.AgendaItem;
import nl.bordspiegel.session.SessionFacts;
import nl.bordspiegel.session.SessionService;
import nl.bordspiegel.shared.Messages;
import nl.bordspiegel.shared.Role;
import nl.bordspiegel.shared.Vocabulary.ActionStatus;
import nl.bordspiegel.shared.Vocabulary.AttendanceMark;
import nl.bordspiegel.shared.Vocabulary.CommentKind;
import nl.bordspiegel.shared.Vocabulary.IdeaStatus;
import nl.bordspiegel.shared.Vocabulary.TimeCategory;
import nl.bordspiegel.shared.Vocabulary.TimeFeeling;
import nl.bordspiegel.timelog.TimeLog;

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

    /**
     * {@code FORMER_ADMIN} signed in holding every role in school A, then lost all but teacher
     * (in no team); {@code DEACTIVATED} signed in holding every role in school A, then was
     * deactivated. Both still carry the principal of their sign-in: the next call must count
     * the roles and the active flag as they are now.
     */
    enum Who { TEACHER, COACH, LEADER, ADMIN, OTHER_SCHOOL, ANONYMOUS, FORMER_ADMIN, DEACTIVATED }

    /** Called at start-up or from the command line, never from a view (checked below). */
    private static final Set<String> SYSTEM_ONLY = Set.of(
            "HistoryImporter#importSchool", "HistoryImporter#importInto", "HistoryImporter#databaseHasSchools",
            "HistoryExporter#export", "HistoryExporter#schoolIds",
            // The demo's first-start import and the restore command's links.
            "HistoryImporter#markAsDemo", "HistoryImporter#personIdsByEmail");

    @Autowired ApplicationContext context;
    @Autowired UserDetailsService accounts;
    @Autowired HistoryImporter importer;
    @Autowired PasswordEncoder encoder;
    @Autowired JdbcTemplate jdbc;
    @Autowired TransactionTemplate transactions;

    private Fixture fixture;

    /**
     * School A with one of each role and a team; school B with a person holding every role.
     * Team A's board has an idea, an open action and a running goal, and the team has a closed
     * and a running session; school A's leader has a journal entry, a snapshot shared with
     * school A's coach and a time entry; the coach wrote that leader an update. All of it is
     * made through the services, signed in as the person who would make it.
     */
    final class Fixture {
        final TestSchools.School a = TestSchools.create(importer, encoder);
        final TestSchools.School b = TestSchools.create(importer, encoder);
        final long teamA = id("select id from team where school_id = ?", a.id());
        final long teacherA = id("select id from person where email = ?", a.teacher());
        final long coachA = id("select id from person where email = ?", a.coach());
        final long leaderA = id("select id from person where email = ?", a.leader());
        final String outsider = "alles@" + TestSchools.uniqueTag() + ".example";
        final long ideaA;
        final long ideaVersion;
        final long actionA;
        final long actionVersion;
        final long goalA;
        final long goalVersion;
        final long successA;
        final long commentA;
        final long parkedIdeaA;
        final long parkedIdeaVersion;
        final long closedGoalA;
        final long deletedSuccessA;
        final long closedSessionA;
        final long runningSessionA;
        final long journalEntryA;
        final long snapshotA;
        final long timeEntryA;
        final SignedInUser formerAdmin;
        final SignedInUser deactivated;

        Fixture() {
            jdbc.update("insert into person (school_id, name, email, password_hash) values (?, ?, ?, ?)", b.id(),
                    "Olaf Overal", outsider, encoder.encode(TestSchools.PASSWORD));
            long olaf = id("select id from person where email = ?", outsider);
            for (Role role : Role.values()) {
                jdbc.update("insert into person_role (person_id, role) values (?, ?)", olaf, role.name());
            }

            BoardService board = bean(BoardService.class);
            ideaA = as(a.teacher(), () -> board.addIdea(teamA, teacherA, "Samen nakijken"));
            actionA = as(a.teacher(), () -> board.addAction(teamA, teacherA, "Rooster delen", teacherA,
                    FixedTime.today(context).plusWeeks(2)));
            goalA = as(a.teacher(), () -> board.addGoal(teamA, "Minder uitval", "procent", 5.0, null, null));
            as(a.teacher(), () -> {
                board.addMeasurement(goalA, null, 4.0);
                return null;
            });
            successA = as(a.teacher(), () -> board.addSuccess(teamA, teacherA, "Op tijd"));
            commentA = as(a.teacher(), () -> board.addComment(teamA, teacherA, CommentKind.COMMENT, "Mooi",
                    CardKind.IDEA, ideaA));
            parkedIdeaA = as(a.teacher(), () -> {
                long parked = board.addIdea(teamA, teacherA, "Later misschien");
                board.decideIdea(parked, 0, IdeaStatus.PARKED);
                return parked;
            });
            closedGoalA = as(a.teacher(), () -> {
                long closed = board.addGoal(teamA, "Klaar doel", null, null, null, null);
                board.closeGoal(closed, 0, GoalOutcome.STOPPED, null);
                return closed;
            });
            deletedSuccessA = as(a.teacher(), () -> {
                long deleted = board.addSuccess(teamA, teacherA, "Per ongeluk");
                board.deleteCard(CardKind.SUCCESS, deleted, 0);
                return deleted;
            });
            ideaVersion = id("select version from idea where id = ?", ideaA);
            parkedIdeaVersion = id("select version from idea where id = ?", parkedIdeaA);
            actionVersion = id("select version from improvement_action where id = ?", actionA);
            goalVersion = id("select version from goal where id = ?", goalA);

            SessionService sessions = bean(SessionService.class);
            closedSessionA = as(a.teacher(), () -> {
                long session = sessions.start(teamA, teacherA);
                sessions.close(session);
                return session;
            });
            runningSessionA = as(a.teacher(), () -> sessions.start(teamA, teacherA));

            journalEntryA = as(a.leader(), () -> bean(JournalService.class).write("Wat ging goed?",
                    "De sessie liep vlot.").id());
            snapshotA = as(a.leader(), () -> bean(SharingService.class).share(coachA, List.of(journalEntryA)).id());
            timeEntryA = as(a.leader(), () -> bean(TimeLog.class).log(TimeCategory.COACHING, 30,
                    FixedTime.today(context).minusDays(1)).id());
            as(a.coach(), () -> bean(CoachUpdates.class).write(teamA, Set.of(leaderA), "Het team draait goed."));

            formerAdmin = signedInThenChanged("Fenna Vroeger",
                    person -> jdbc.update("delete from person_role where person_id = ? and role <> 'TEACHER'", person));
            deactivated = signedInThenChanged("Dirk Weg",
                    person -> jdbc.update("update person set active = false where id = ?", person));
        }

        /** A person of school A with every role, signed in, then changed behind their back. */
        private SignedInUser signedInThenChanged(String name, java.util.function.LongConsumer change) {
            String email = TestSchools.uniqueTag() + "@a.example";
            jdbc.update("insert into person (school_id, name, email, password_hash) values (?, ?, ?, ?)", a.id(),
                    name, email, encoder.encode(TestSchools.PASSWORD));
            long person = id("select id from person where email = ?", email);
            for (Role role : Role.values()) {
                jdbc.update("insert into person_role (person_id, role) values (?, ?)", person, role.name());
            }
            SignedInUser atSignIn = (SignedInUser) accounts.loadUserByUsername(email);
            change.accept(person);
            return atSignIn;
        }

        java.time.LocalDate today() {
            return FixedTime.today(context);
        }

        java.time.LocalDateTime now() {
            return FixedTime.now(context);
        }

        /** Runs one step of the set-up signed in as {@code email}; each service call commits. */
        private <T> T as(String email, Supplier<T> step) {
            TestSchools.signIn(context, email);
            try {
                return step.get();
            } finally {
                SecurityContextHolder.clearContext();
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
                case ANONYMOUS, FORMER_ADMIN, DEACTIVATED -> null;
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

    /** Anyone signed in, the former admin too: what every teacher of a school may do. */
    private static final Set<Who> SIGNED_IN = allowed(Who.TEACHER, Who.COACH, Who.LEADER, Who.ADMIN, Who.OTHER_SCHOOL,
            Who.FORMER_ADMIN);
    private static final Set<Who> EVERYONE = EnumSet.allOf(Who.class);
    /** Admin-only work on the admin's own school: school B's user does it in school B. */
    private static final Set<Who> ADMINS_OWN_SCHOOL = allowed(Who.ADMIN, Who.OTHER_SCHOOL);
    private static final Set<Who> ADMIN_OF_A = allowed(Who.ADMIN);
    /** Team A is open to its member, its leader, and the school's coaches and admins. */
    private static final Set<Who> TEAM_A = allowed(Who.TEACHER, Who.COACH, Who.LEADER, Who.ADMIN);
    /** School A's leader's mirror, journal and time log: that leader alone, whatever roles others hold. */
    private static final Set<Who> LEADER_A = allowed(Who.LEADER);
    /** A leader's work on their own record: school B's user (also a leader) does it on theirs. */
    private static final Set<Who> ANY_LEADER = allowed(Who.LEADER, Who.OTHER_SCHOOL);
    /** School A's coach, about school A's teams, leaders and snapshots shared with them. */
    private static final Set<Who> COACH_OF_A = allowed(Who.COACH);
    /** Coach-only work on the coach's own school: school B's user does it in school B. */
    private static final Set<Who> COACHES_OWN_SCHOOL = allowed(Who.COACH, Who.OTHER_SCHOOL);
    /** The coach overview: coaches and admins, each of their own school. */
    private static final Set<Who> OVERVIEW_OWN_SCHOOL = allowed(Who.COACH, Who.ADMIN, Who.OTHER_SCHOOL);
    private static final Set<Who> OVERVIEW_OF_A = allowed(Who.COACH, Who.ADMIN);

    static List<Row> matrix() {
        List<Row> rows = new ArrayList<>();
        rows.addAll(schoolDirectory());
        rows.addAll(schoolAdministration());
        rows.addAll(staffImport());
        rows.addAll(dataRetention());
        rows.addAll(schoolReplacement());
        rows.addAll(passwordService());
        rows.addAll(auditLog());
        rows.addAll(boardService());
        rows.addAll(boardFacts());
        rows.addAll(sessionService());
        rows.addAll(sessionFacts());
        rows.addAll(mirrorService());
        rows.addAll(journalService());
        rows.addAll(sharingService());
        rows.addAll(nudgeService());
        rows.addAll(timeLog());
        rows.addAll(coachOverview());
        rows.addAll(coachUpdates());
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
                // Reads of the caller's own school only: school B's user gets school B's.
                row(s, "myTimeNorms", SIGNED_IN, f -> f.bean(s).myTimeNorms()),
                row(s, "coachesOfMySchool", SIGNED_IN, f -> f.bean(s).coachesOfMySchool()),
                row(s, "leaders", SIGNED_IN, f -> f.bean(s).leaders()),
                // School A's ids are left out for school B's user, not refused.
                row(s, "peopleOfMySchool", SIGNED_IN, f -> f.bean(s).peopleOfMySchool(Set.of(f.teacherA, f.leaderA))),
                // The language of the login page too: without a user it is Dutch.
                row(s, "teamNamesOfMySchool", SIGNED_IN, f -> f.bean(s).teamNamesOfMySchool(Set.of(f.teamA))),
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
                row(s, "setPasswordLink", ADMINS_OWN_SCHOOL, f -> f.bean(s).setPasswordLink("token")),
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

    static List<Row> schoolReplacement() {
        Class<SchoolReplacement> s = SchoolReplacement.class;
        // Refused as a bad file for both admins: it passes the security check.
        return List.of(
                row(s, "preview", ADMINS_OWN_SCHOOL, f -> f.bean(s).preview("{}")),
                row(s, "replace", ADMINS_OWN_SCHOOL, f -> f.bean(s).replace("{}")));
    }

    static List<Row> dataRetention() {
        Class<DataRetention> s = DataRetention.class;
        return List.of(
                row(s, "preview", ADMINS_OWN_SCHOOL, f -> f.bean(s).preview()),
                // Refused as "keeps everything" for both admins (no retention set): it passes the security check.
                row(s, "apply", ADMINS_OWN_SCHOOL, f -> f.bean(s).apply(DataRetention.Mode.DELETE, f.today())));
    }

    static List<Row> passwordService() {
        Class<PasswordService> s = PasswordService.class;
        return List.of(
                row(s, "changeMyPassword", SIGNED_IN, f -> f.bean(s).changeMyPassword(TestSchools.PASSWORD,
                        "fiets regen tulp 42")),
                row(s, "createSetPasswordToken", ADMIN_OF_A, f -> f.bean(s).createSetPasswordToken(f.teacherA)),
                // Whoever holds a link: the token is the proof, so nobody is refused up front.
                row(s, "isUsable", EVERYONE, f -> f.bean(s).isUsable("geen-echte-link")),
                row(s, "linkState", EVERYONE, f -> f.bean(s).linkState("geen-echte-link")),
                row(s, "link", EVERYONE, f -> f.bean(s).link("geen-echte-link")),
                row(s, "pendingResetOfMine", SIGNED_IN, f -> f.bean(s).pendingResetOfMine()),
                row(s, "allowPendingReset", SIGNED_IN, f -> f.bean(s).allowPendingReset()),
                row(s, "refusePendingReset", SIGNED_IN, f -> f.bean(s).refusePendingReset()),
                row(s, "setPasswordWithToken", EVERYONE, f -> f.bean(s).setPasswordWithToken("geen-echte-link",
                        "fiets regen tulp 42")));
    }

    static List<Row> auditLog() {
        Class<AuditLog> s = AuditLog.class;
        return List.of(
                row(s, "record", SIGNED_IN, f -> f.bean(s).record(AuditAction.SHARED, "matrix")),
                row(s, "newestEntries", ADMINS_OWN_SCHOOL, f -> f.bean(s).newestEntries()));
    }

    static List<Row> boardService() {
        Class<BoardService> s = BoardService.class;
        return List.of(
                row(s, "canOpen", TEAM_A, f -> {
                    if (!f.bean(s).canOpen(f.teamA)) {
                        throw new AccessDeniedException("canOpen said no");
                    }
                }),
                row(s, "board", TEAM_A, f -> f.bean(s).board(f.teamA)),
                row(s, "card", TEAM_A, f -> f.bean(s).card(f.teamA, CardKind.IDEA, f.ideaA)),
                row(s, "comments", TEAM_A, f -> f.bean(s).comments(f.teamA, CardKind.IDEA, f.ideaA)),
                row(s, "olderParkedIdeas", TEAM_A, f -> f.bean(s).olderParkedIdeas(f.teamA, 0, 10)),
                row(s, "longOverdueActions", TEAM_A, f -> f.bean(s).longOverdueActions(f.teamA, 0, 10)),
                row(s, "openActions", TEAM_A, f -> f.bean(s).openActions(f.teamA)),
                row(s, "action", TEAM_A, f -> f.bean(s).action(f.actionA)),
                row(s, "addGoal", TEAM_A, f -> f.bean(s).addGoal(f.teamA, "Doel", "aantal", 10.0, null, null)),
                row(s, "addMeasurement", TEAM_A, f -> f.bean(s).addMeasurement(f.goalA, null, 4.0)),
                row(s, "closeGoal", TEAM_A, f -> f.bean(s).closeGoal(f.goalA, f.goalVersion, GoalOutcome.REACHED,
                        "gehaald")),
                row(s, "addIdea", TEAM_A, f -> f.bean(s).addIdea(f.teamA, f.teacherA, "Nog een idee")),
                row(s, "decideIdea", TEAM_A, f -> f.bean(s).decideIdea(f.ideaA, f.ideaVersion, IdeaStatus.ADOPTED)),
                row(s, "addAction", TEAM_A, f -> f.bean(s).addAction(f.teamA, f.teacherA, "Actie", f.teacherA, null)),
                row(s, "changeActionStatus", TEAM_A, f -> f.bean(s).changeActionStatus(f.actionA, f.actionVersion,
                        ActionStatus.IN_PROGRESS)),
                row(s, "editAction", TEAM_A, f -> f.bean(s).editAction(f.actionA, f.actionVersion, "Anders",
                        f.teacherA, null)),
                row(s, "reviewAction", TEAM_A, f -> f.bean(s).reviewAction(f.actionA, f.actionVersion,
                        ActionReview.DONE, null)),
                row(s, "addSuccess", TEAM_A, f -> f.bean(s).addSuccess(f.teamA, f.teacherA, "Gelukt")),
                row(s, "addComment", TEAM_A, f -> f.bean(s).addComment(f.teamA, f.teacherA, CommentKind.QUESTION,
                        "Waarom?", CardKind.IDEA, f.ideaA)),
                row(s, "editSuccess", TEAM_A, f -> f.bean(s).editSuccess(f.successA, 0, "Iedereen op tijd")),
                row(s, "editIdea", TEAM_A, f -> f.bean(s).editIdea(f.ideaA, f.ideaVersion, "Samen nakijken op vrijdag")),
                row(s, "editComment", TEAM_A, f -> f.bean(s).editComment(f.commentA, 0, "Heel mooi")),
                row(s, "editGoal", TEAM_A, f -> f.bean(s).editGoal(f.goalA, f.goalVersion, "Minder uitval", "procent",
                        4.0, null, null)),
                row(s, "deleteCard", TEAM_A, f -> f.bean(s).deleteCard(CardKind.SUCCESS, f.successA, 0)),
                row(s, "restoreCard", TEAM_A, f -> f.bean(s).restoreCard(CardKind.SUCCESS, f.deletedSuccessA)),
                row(s, "reopenGoal", TEAM_A, f -> f.bean(s).reopenGoal(f.closedGoalA, 1)),
                row(s, "correctMeasurement", TEAM_A, f -> f.bean(s).correctMeasurement(f.goalA, f.goalVersion, 0, 5.0)),
                row(s, "deleteMeasurement", TEAM_A, f -> f.bean(s).deleteMeasurement(f.goalA, f.goalVersion, 0)),
                row(s, "undoIdeaDecision", TEAM_A, f -> f.bean(s).undoIdeaDecision(f.parkedIdeaA, f.parkedIdeaVersion,
                        IdeaStatus.NEW)),
                row(s, "changesBetween", TEAM_A, f -> f.bean(s).changesBetween(f.teamA,
                        f.now().minusDays(1), f.now().plusMinutes(1))),
                row(s, "actionsCsv", TEAM_A, f -> f.bean(s).actionsCsv(f.teamA, Messages.DUTCH)));
    }

    static List<Row> boardFacts() {
        Class<BoardFacts> s = BoardFacts.class;
        return List.of(
                row(s, "currentActions", TEAM_A, f -> f.bean(s).currentActions(List.of(f.teamA), LocalDate.of(2026, 12, 9))),
                row(s, "runningGoals", TEAM_A, f -> f.bean(s).runningGoals(List.of(f.teamA), LocalDate.of(2026, 12, 9))));
    }

    static List<Row> sessionFacts() {
        Class<SessionFacts> s = SessionFacts.class;
        LocalDate from = LocalDate.of(2000, 1, 1);
        LocalDate to = LocalDate.of(2100, 1, 1);
        return List.of(
                row(s, "sessions", TEAM_A, f -> f.bean(s).sessions(List.of(f.teamA), from, to)),
                row(s, "attendance", TEAM_A, f -> f.bean(s).attendance(List.of(f.teamA), from, to)),
                row(s, "lastHeld", TEAM_A, f -> f.bean(s).lastHeld(List.of(f.teamA), to)),
                row(s, "firstRecorded", TEAM_A, f -> f.bean(s).firstRecorded(List.of(f.teamA))));
    }

    static List<Row> sessionService() {
        Class<SessionService> s = SessionService.class;
        return List.of(
                row(s, "canOpen", TEAM_A, f -> {
                    if (!f.bean(s).canOpen(f.teamA)) {
                        throw new AccessDeniedException("canOpen said no");
                    }
                }),
                row(s, "mayLead", TEAM_A, f -> f.bean(s).mayLead(f.teamA)),
                row(s, "agenda", TEAM_A, f -> f.bean(s).agenda(f.teamA)),
                row(s, "saveAgenda", TEAM_A, f -> f.bean(s).saveAgenda(f.teamA, AgendaItem.DEFAULT)),
                row(s, "running", TEAM_A, f -> f.bean(s).running(f.teamA)),
                // Joins the session already running.
                row(s, "start", TEAM_A, f -> f.bean(s).start(f.teamA, f.teacherA)),
                row(s, "join", TEAM_A, f -> f.bean(s).join(f.runningSessionA)),
                row(s, "changeLeader", TEAM_A, f -> f.bean(s).changeLeader(f.runningSessionA, f.teacherA)),
                row(s, "mark", TEAM_A, f -> f.bean(s).mark(f.runningSessionA, f.teacherA, AttendanceMark.PARTIAL,
                        "later")),
                row(s, "goToStep", TEAM_A, f -> f.bean(s).goToStep(f.runningSessionA, 1)),
                row(s, "reviewAction", TEAM_A, f -> f.bean(s).reviewAction(f.runningSessionA, f.actionA,
                        f.actionVersion, ActionReview.DONE, null)),
                row(s, "close", TEAM_A, f -> f.bean(s).close(f.runningSessionA)),
                // Corrections of the session closed today; reopening is refused for the running one, after the check.
                row(s, "correctAttendance", TEAM_A, f -> f.bean(s).correctAttendance(f.closedSessionA, f.teacherA,
                        AttendanceMark.PARTIAL, "later")),
                row(s, "correctLeader", TEAM_A, f -> f.bean(s).correctLeader(f.closedSessionA, f.teacherA)),
                row(s, "reopen", TEAM_A, f -> f.bean(s).reopen(f.closedSessionA)),
                row(s, "cancel", TEAM_A, f -> f.bean(s).cancel(f.teamA, null, "studiedag")),
                row(s, "summary", TEAM_A, f -> f.bean(s).summary(f.closedSessionA)),
                row(s, "historyWeeks", TEAM_A, f -> f.bean(s).historyWeeks(f.teamA)),
                row(s, "history", TEAM_A, f -> f.bean(s).history(f.teamA, 0, 4)),
                row(s, "recentlyLed", TEAM_A, f -> f.bean(s).recentlyLed(f.teamA, 3)),
                row(s, "sessionsBetween", TEAM_A, f -> f.bean(s).sessionsBetween(f.teamA,
                        f.today().minusWeeks(4), f.today())),
                row(s, "historyCsv", TEAM_A, f -> f.bean(s).historyCsv(f.teamA, Messages.DUTCH)));
    }

    static List<Row> mirrorService() {
        Class<MirrorService> s = MirrorService.class;
        return List.of(
                row(s, "open", LEADER_A, f -> f.bean(s).open(f.leaderA, WindowChoice.WEEKS_12)),
                row(s, "selfView", LEADER_A, f -> f.bean(s).selfView(f.leaderA)),
                row(s, "recogniseMyself", ANY_LEADER, f -> f.bean(s).recogniseMyself(Pattern.FACILITATOR)),
                row(s, "teamView", LEADER_A, f -> f.bean(s).teamView(f.leaderA)),
                // Teachers (a coach is one too) list the leaders of their own teams: school B's user has none.
                row(s, "leadersIAnswerAbout", allowed(Who.TEACHER, Who.COACH, Who.OTHER_SCHOOL, Who.FORMER_ADMIN),
                        f -> f.bean(s).leadersIAnswerAbout()),
                // Only a teacher of a team the leader follows; school A's coach coaches the team, is no member.
                row(s, "answerAbout", allowed(Who.TEACHER), f -> f.bean(s).answerAbout(f.leaderA, Pattern.TEAMPLAYER,
                        Pattern.KEYPLAYER)));
    }

    static List<Row> journalService() {
        Class<JournalService> s = JournalService.class;
        return List.of(
                row(s, "journal", LEADER_A, f -> f.bean(s).journal(f.leaderA)),
                row(s, "write", ANY_LEADER, f -> f.bean(s).write("Wat leerde ik?", "Veel.")),
                // Only the leader who wrote it rewrites, deletes or restores her own entry.
                row(s, "rewrite", LEADER_A, f -> f.bean(s).rewrite(f.journalEntryA, "Anders gezegd.")),
                row(s, "delete", LEADER_A, f -> f.bean(s).delete(f.journalEntryA)),
                // A restored entry always lands in the signed-in leader's own journal.
                row(s, "restore", ANY_LEADER, f -> f.bean(s).restore(new JournalView(f.journalEntryA,
                        f.today().minusDays(1), null, "Terug.", null, null))));
    }

    static List<Row> sharingService() {
        Class<SharingService> s = SharingService.class;
        return List.of(
                row(s, "coachesToShareWith", ANY_LEADER, f -> f.bean(s).coachesToShareWith()),
                // With school A's coach: school B's leader may share only within school B.
                row(s, "share", LEADER_A, f -> f.bean(s).share(f.coachA, List.of(f.journalEntryA))),
                row(s, "myShares", LEADER_A, f -> f.bean(s).myShares(f.leaderA)),
                row(s, "withdraw", LEADER_A, f -> f.bean(s).withdraw(f.snapshotA)),
                row(s, "sharedWithMe", COACHES_OWN_SCHOOL, f -> f.bean(s).sharedWithMe()),
                // Only the coach it was shared with, not admins or other coaches.
                row(s, "snapshot", COACH_OF_A, f -> f.bean(s).snapshot(f.snapshotA)));
    }

    static List<Row> nudgeService() {
        Class<NudgeService> s = NudgeService.class;
        return List.of(
                // Everyone: it is empty for anyone but a signed-in leader, and then from their own record.
                row(s, "currentNudge", EVERYONE, f -> f.bean(s).currentNudge()),
                row(s, "dismissNudge", ANY_LEADER, f -> f.bean(s).dismissNudge("reflection:never")));
    }

    static List<Row> timeLog() {
        Class<TimeLog> s = TimeLog.class;
        return List.of(
                row(s, "logToday", ANY_LEADER, f -> f.bean(s).logToday(TimeCategory.SESSION_PREP, 15)),
                row(s, "log", ANY_LEADER, f -> f.bean(s).log(TimeCategory.LESSON_VISIT, 60,
                        f.today().minusDays(2))),
                row(s, "entries", LEADER_A, f -> f.bean(s).entries(f.leaderA, f.today().minusWeeks(6))),
                row(s, "remove", LEADER_A, f -> f.bean(s).remove(f.timeEntryA)),
                // Only the leader who logged it corrects her own entry.
                row(s, "change", LEADER_A, f -> f.bean(s).change(f.timeEntryA, TimeCategory.TRAINING, 45,
                        f.today().minusDays(3))),
                row(s, "earliestDay", EVERYONE, f -> f.bean(s).earliestDay()),
                row(s, "checkIn", ANY_LEADER, f -> f.bean(s).checkIn(TimeFeeling.RIGHT)),
                row(s, "latestFeeling", LEADER_A, f -> f.bean(s).latestFeeling(f.leaderA)),
                row(s, "checkInDue", ANY_LEADER, f -> f.bean(s).checkInDue()));
    }

    static List<Row> coachOverview() {
        Class<CoachOverview> s = CoachOverview.class;
        return List.of(
                row(s, "teams", OVERVIEW_OWN_SCHOOL, f -> f.bean(s).teams()),
                row(s, "trend", OVERVIEW_OF_A, f -> f.bean(s).trend(f.teamA)),
                row(s, "csv", OVERVIEW_OWN_SCHOOL, f -> f.bean(s).csv(Messages.DUTCH)));
    }

    static List<Row> coachUpdates() {
        Class<CoachUpdates> s = CoachUpdates.class;
        return List.of(
                row(s, "leaders", COACHES_OWN_SCHOOL, f -> f.bean(s).leaders()),
                row(s, "leadersOf", COACH_OF_A, f -> f.bean(s).leadersOf(f.teamA)),
                row(s, "write", COACH_OF_A, f -> f.bean(s).write(f.teamA, Set.of(f.leaderA), "Mooie sessie.")),
                // Each reads the updates addressed to them, in their own school.
                row(s, "updatesForMe", SIGNED_IN, f -> f.bean(s).updatesForMe(10)),
                row(s, "writtenByMe", COACHES_OWN_SCHOOL, f -> f.bean(s).writtenByMe(10)),
                row(s, "aboutTeam", COACH_OF_A, f -> f.bean(s).aboutTeam(f.teamA, 10)));
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
        if (who == Who.FORMER_ADMIN || who == Who.DEACTIVATED) {
            TestSchools.useStrategyOf(context);
            SignedInUser stale = who == Who.FORMER_ADMIN ? fixture.formerAdmin : fixture.deactivated;
            SecurityContextHolder.getContext().setAuthentication(
                    new UsernamePasswordAuthenticationToken(stale, null, stale.getAuthorities()));
        } else if (who == Who.ANONYMOUS) {
            TestSchools.useStrategyOf(context);
            SecurityContextHolder.getContext().setAuthentication(new AnonymousAuthenticationToken("matrix",
                    "anonymousUser", AuthorityUtils.createAuthorityList("ROLE_ANONYMOUS")));
        } else {
            TestSchools.signIn(context, fixture.email(who));
        }
    }

    /**
     * Two schools on one deployment (a school board's): besides the refusals above, what school
     * B's user may read of "my school" holds nothing of school A, not even from school A's ids.
     */
    @Test
    void schoolBsReadsOfItsOwnSchoolHoldNothingOfSchoolA() {
        Fixture f = fixture;
        Set<Long> peopleOfA = Set.copyOf(jdbc.queryForList("select id from person where school_id = ?", Long.class,
                f.a.id()));
        signIn(Who.OTHER_SCHOOL);
        SchoolDirectory directory = f.bean(SchoolDirectory.class);
        SchoolAdministration administration = f.bean(SchoolAdministration.class);
        Set<Long> teams = new TreeSet<>();
        Set<Long> people = new TreeSet<>();
        directory.myTeams().forEach(team -> teams.add(team.id()));
        directory.visibleTeams().forEach(team -> teams.add(team.id()));
        teams.addAll(directory.teamNamesOfMySchool(Set.of(f.teamA)).keySet());
        administration.teams().forEach(team -> teams.add(team.id()));
        f.bean(CoachOverview.class).teams().forEach(team -> teams.add(team.teamId()));
        directory.coachesOfMySchool().forEach(person -> people.add(person.id()));
        directory.leaders().forEach(person -> people.add(person.id()));
        people.addAll(directory.peopleOfMySchool(peopleOfA).keySet());
        administration.people().forEach(person -> people.add(person.id()));
        String exported = administration.exportSchool();

        assertThat(teams).doesNotContain(f.teamA);
        assertThat(people).isNotEmpty().doesNotContainAnyElementsOf(peopleOfA);
        assertThat(directory.mySchoolName()).isEqualTo(schoolName(f.b.id())).isNotEqualTo(schoolName(f.a.id()));
        assertThat(exported).contains(f.outsider).doesNotContain(f.a.teacher()).doesNotContain(f.a.teamName());
    }

    private String schoolName(long schoolId) {
        return jdbc.queryForObject("select name from school where id = ?", String.class, schoolId);
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
                .should().dependOnClassesThat().belongToAnyOf(HistoryImporter.class, HistoryExporter.class,
                        SetupLinks.class)
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
