package nl.bordspiegel;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;

import nl.bordspiegel.history.HistoryImporter;
import nl.bordspiegel.history.HistoryReader;
import nl.bordspiegel.historymodel.SchoolHistory;
import nl.bordspiegel.security.SignedInUser;

/**
 * The one way tests build a school and sign a person in. A school is a {@code school-history/1}
 * document (the product's own format), imported as the product imports one; {@code {tag}} in
 * it becomes a tag unique to this import, so schools made by different tests never share an
 * e-mail and tests can prove that one school never reaches another.
 */
public final class TestSchools {

    public static final String PASSWORD = "plein-lantaarn-42";
    private static final AtomicInteger NEXT = new AtomicInteger();

    private TestSchools() {
    }

    /** The small school most tests need: one team (teacher member, leader, coach) and an admin. */
    public record School(long id, String teacher, String coach, String leader, String admin, String teamName) {
    }

    /** A school imported from a document; people's e-mails are {@code key@tag.example} by convention. */
    public record Imported(long id, String tag) {

        public String email(String key) {
            return key + "@" + tag + ".example";
        }

        public long personId(ApplicationContext context, String key) {
            return context.getBean(JdbcTemplate.class).queryForObject("select id from person where email = ?",
                    Long.class, email(key));
        }

        public long teamId(ApplicationContext context, String name) {
            return context.getBean(JdbcTemplate.class).queryForObject(
                    "select id from team where name = ? and school_id = ?", Long.class, name, id);
        }
    }

    /** Imports a school written as JSON; {@code {tag}} is replaced by a unique tag. Everyone's password is {@link #PASSWORD}. */
    public static Imported fromJson(ApplicationContext context, String json) {
        return fromJson(context.getBean(HistoryImporter.class), context.getBean(PasswordEncoder.class), json);
    }

    public static Imported fromJson(HistoryImporter importer, PasswordEncoder encoder, String json) {
        String tag = uniqueTag();
        try {
            SchoolHistory school = HistoryReader.read(new StringReader(json.replace("{tag}", tag)));
            return new Imported(importer.importSchool(school, encoder.encode(PASSWORD)), tag);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Imports a school built as records; the caller keeps its e-mails unique. */
    public static long importSchool(ApplicationContext context, SchoolHistory school) {
        String hash = context.getBean(PasswordEncoder.class).encode(PASSWORD);
        return context.getBean(HistoryImporter.class).importSchool(school, hash);
    }

    public static School create(ApplicationContext context) {
        return create(context.getBean(HistoryImporter.class), context.getBean(PasswordEncoder.class));
    }

    public static School create(HistoryImporter importer, PasswordEncoder encoder) {
        Imported school = fromJson(importer, encoder, """
                { "format": "school-history/1",
                  "school": { "name": "Testschool {tag}", "sector": "VO" },
                  "people": [
                    { "key": "t", "name": "Tom Leraar", "email": "teacher@{tag}.example", "roles": ["TEACHER"] },
                    { "key": "c", "name": "Cas Coach", "email": "coach@{tag}.example", "roles": ["TEACHER", "COACH"] },
                    { "key": "l", "name": "Lia Leider", "email": "leader@{tag}.example", "roles": ["LEADER"] },
                    { "key": "a", "name": "Ada Beheer", "email": "admin@{tag}.example", "roles": ["ADMIN"] } ],
                  "teams": [ { "key": "k", "name": "Team {tag}", "members": ["t"], "leaders": ["l"], "coaches": ["c"] } ] }
                """);
        return new School(school.id(), school.email("teacher"), school.email("coach"), school.email("leader"),
                school.email("admin"), "Team " + school.tag());
    }

    /** A school whose one team has twelve teachers ({@code t1}…{@code t12}) and three leaders ({@code l1}…{@code l3}). */
    public record LargeTeam(Imported school, long teamId) {

        public String teacher(int number) {
            return school.email("t" + number);
        }
    }

    /** The largest team the room's screen must show at once: twelve teachers and three leaders. */
    public static LargeTeam largeTeam(ApplicationContext context) {
        String teachers = IntStream.rangeClosed(1, 12).mapToObj(i -> """
                { "key": "t%d", "name": "Leraar Nummer%d", "email": "t%d@{tag}.example", "roles": ["TEACHER"] }"""
                .formatted(i, i, i)).collect(Collectors.joining(",\n"));
        String leaders = IntStream.rangeClosed(1, 3).mapToObj(i -> """
                { "key": "l%d", "name": "Leider Nummer%d", "email": "l%d@{tag}.example", "roles": ["LEADER"] }"""
                .formatted(i, i, i)).collect(Collectors.joining(",\n"));
        String members = IntStream.rangeClosed(1, 12).mapToObj(i -> "\"t" + i + "\"")
                .collect(Collectors.joining(", "));
        Imported school = fromJson(context, """
                { "format": "school-history/1",
                  "school": { "name": "Grote school {tag}", "sector": "PO" },
                  "people": [ %s, %s ],
                  "teams": [ { "key": "k", "name": "Team {tag}", "members": [ %s ], "leaders": [ "l1", "l2", "l3" ],
                               "coaches": [] } ] }
                """.formatted(teachers, leaders, members));
        return new LargeTeam(school, school.teamId(context, "Team " + school.tag()));
    }

    /** A school holding only its admin: what a new school looks like before its import. */
    public static String emptySchoolJson(String adminEmail) {
        return """
                { "format": "school-history/1",
                  "school": { "name": "Nieuwe school", "sector": "PO" },
                  "people": [ { "key": "a", "name": "Nieuwe Beheerder", "email": "%s", "roles": ["ADMIN"] } ],
                  "teams": [] }
                """.formatted(adminEmail);
    }

    public static String uniqueTag() {
        return "u" + NEXT.incrementAndGet() + "-" + Long.toString(System.nanoTime(), 36);
    }

    public static void useStrategyOf(ApplicationContext context) {
        context.getBeanProvider(SecurityContextHolderStrategy.class).ifAvailable(SecurityContextHolder::setContextHolderStrategy);
    }

    /** A visitor who has not signed in, as Spring Security presents them to services. */
    public static void signInAnonymously() {
        SecurityContextHolder.getContext().setAuthentication(new AnonymousAuthenticationToken("test", "anonymousUser",
                AuthorityUtils.createAuthorityList("ROLE_ANONYMOUS")));
    }

    /**
     * Signs a person in for service calls, as the login form would. Several Spring contexts
     * live in one test JVM, each with its own Vaadin-aware holder strategy: the static holder
     * is pointed at this context's strategy first, or method security would see nobody.
     */
    public static SignedInUser signIn(ApplicationContext context, String email) {
        useStrategyOf(context);
        SignedInUser user = (SignedInUser) context.getBean(UserDetailsService.class).loadUserByUsername(email);
        SecurityContextHolder.getContext()
                .setAuthentication(new UsernamePasswordAuthenticationToken(user, null, user.getAuthorities()));
        return user;
    }
}
