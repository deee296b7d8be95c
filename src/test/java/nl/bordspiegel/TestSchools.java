package nl.bordspiegel;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.context.ApplicationContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;

import nl.bordspiegel.history.HistoryImporter;
import nl.bordspiegel.history.HistoryReader;
import nl.bordspiegel.security.SignedInUser;

/**
 * Small schools made in a test, with unique e-mails, so tests do not depend on the demo
 * school's people and can prove that one school never reaches another.
 */
public final class TestSchools {

    public static final String PASSWORD = "plein-lantaarn-42";
    private static final AtomicInteger NEXT = new AtomicInteger();

    private TestSchools() {
    }

    /** A school with one team (a teacher member, a leader following it, a coach) and an admin. */
    public record School(long id, String teacher, String coach, String leader, String admin, String teamName) {
    }

    public static School create(HistoryImporter importer, PasswordEncoder encoder) {
        String tag = "s" + NEXT.incrementAndGet() + "-" + Long.toString(System.nanoTime(), 36);
        String json = """
                { "format": "school-history/1",
                  "school": { "name": "Testschool %1$s", "sector": "VO" },
                  "people": [
                    { "key": "t", "name": "Tom Leraar", "email": "teacher@%1$s.example", "roles": ["TEACHER"] },
                    { "key": "c", "name": "Cas Coach", "email": "coach@%1$s.example", "roles": ["TEACHER", "COACH"] },
                    { "key": "l", "name": "Lia Leider", "email": "leader@%1$s.example", "roles": ["LEADER"] },
                    { "key": "a", "name": "Ada Beheer", "email": "admin@%1$s.example", "roles": ["ADMIN"] } ],
                  "teams": [ { "key": "k", "name": "Team %1$s", "members": ["t"], "leaders": ["l"], "coaches": ["c"] } ] }
                """.formatted(tag);
        try {
            long id = importer.importSchool(HistoryReader.read(new StringReader(json)), encoder.encode(PASSWORD));
            return new School(id, "teacher@" + tag + ".example", "coach@" + tag + ".example",
                    "leader@" + tag + ".example", "admin@" + tag + ".example", "Team " + tag);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
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
        SecurityContextHolder.getContext().setAuthentication(new org.springframework.security.authentication
                .AnonymousAuthenticationToken("test", "anonymousUser",
                org.springframework.security.core.authority.AuthorityUtils.createAuthorityList("ROLE_ANONYMOUS")));
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
