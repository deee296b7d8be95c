package nl.bordspiegel.coach;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;

import nl.bordspiegel.history.HistoryImporter;
import nl.bordspiegel.history.HistoryReader;
import nl.bordspiegel.security.SignedInUser;

/**
 * A small school built by hand around today, with numbers worked out below, so the
 * overview's every figure can be checked. Weeks are counted back from this week's Monday;
 * nothing is recorded in the current week (it is not over, so it is never "missing").
 * <pre>
 * Steady (members anna, bert; leader lisa; coach cas):
 *   week -7 held (outside the six-week window)
 *   week -5 held: anna PRESENT, bert PARTIAL, lisa ABSENT, led by anna
 *   week -4 cancelled; week -3 nothing (missing)
 *   week -2 held: anna PRESENT, bert PRESENT, lisa PRESENT, led by bert
 *   week -1 held: anna ABSENT, bert PRESENT, lisa PARTIAL, led by anna
 *   → 3 held, 1 cancelled, 1 missing; teachers 4.5/6 = 75%, leaders 1.5/3 = 50%; 2 leads
 *   actions: 2 overdue (OPEN and IN_PROGRESS), 1 open due next week, 1 open without date,
 *            2 done (closed after 4 and 10 days: median 7), 1 dropped
 *   goals: "Meer lezen" 50 → 60 toward 80 (on track); "Minder te laat" 20 → 25 toward 10 (not)
 * Quiet (member bert; leader mo): one held session in week -4, led by mo; 3 overdue actions;
 *   goal measured 8 weeks ago only (stale) → needs attention for all three reasons
 * </pre>
 */
final class CoachTestSchool {

    private static final AtomicInteger NEXT = new AtomicInteger();

    final long schoolId;
    final String tag;
    final LocalDate monday;

    private CoachTestSchool(long schoolId, String tag, LocalDate monday) {
        this.schoolId = schoolId;
        this.tag = tag;
        this.monday = monday;
    }

    String email(String who) {
        return who + "@" + tag + ".example";
    }

    String steady() {
        return "Steady " + tag;
    }

    String quiet() {
        return "Quiet " + tag;
    }

    static CoachTestSchool create(ApplicationContext context, LocalDate today) {
        String tag = "coach" + NEXT.incrementAndGet() + "-" + Long.toString(System.nanoTime(), 36);
        LocalDate monday = today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        String json = """
                { "format": "school-history/1",
                  "school": { "name": "Overzichtschool %1$s", "sector": "PO" },
                  "people": [
                    { "key": "anna", "name": "Anna Leraar", "email": "anna@%1$s.example", "roles": ["TEACHER"] },
                    { "key": "bert", "name": "Bert Leraar", "email": "bert@%1$s.example", "roles": ["TEACHER"] },
                    { "key": "cas", "name": "Cas Coach", "email": "cas@%1$s.example", "roles": ["TEACHER", "COACH"] },
                    { "key": "lisa", "name": "Lisa Leider", "email": "lisa@%1$s.example", "roles": ["LEADER"] },
                    { "key": "mo", "name": "Mo Leider", "email": "mo@%1$s.example", "roles": ["LEADER"] },
                    { "key": "ada", "name": "Ada Beheer", "email": "ada@%1$s.example", "roles": ["ADMIN"] } ],
                  "teams": [
                    { "key": "steady", "name": "Steady %1$s", "members": ["anna", "bert"], "leaders": ["lisa"], "coaches": ["cas"] },
                    { "key": "quiet", "name": "Quiet %1$s", "members": ["bert"], "leaders": ["mo"], "coaches": [] } ],
                  "sessions": [
                    { "team": "steady", "date": "%2$s", "ledBy": "anna", "attendance": { "anna": "PRESENT", "bert": "PRESENT", "lisa": "PRESENT" } },
                    { "team": "steady", "date": "%3$s", "ledBy": "anna", "attendance": { "anna": "PRESENT", "bert": "PARTIAL", "lisa": "ABSENT" } },
                    { "team": "steady", "date": "%4$s", "cancelled": true, "cancelReason": "Studiedag" },
                    { "team": "steady", "date": "%5$s", "ledBy": "bert", "attendance": { "anna": "PRESENT", "bert": "PRESENT", "lisa": "PRESENT" } },
                    { "team": "steady", "date": "%6$s", "ledBy": "anna", "attendance": { "anna": "ABSENT", "bert": "PRESENT", "lisa": "PARTIAL" } },
                    { "team": "quiet", "date": "%4$s", "ledBy": "mo", "attendance": { "bert": "PRESENT", "mo": "PRESENT" } } ],
                  "actions": [
                    { "team": "steady", "title": "Overdue open", "owner": "anna", "createdBy": "anna", "created": "%3$s", "due": "%7$s", "status": "OPEN" },
                    { "team": "steady", "title": "Overdue in progress", "owner": "bert", "createdBy": "anna", "created": "%3$s", "due": "%8$s", "status": "IN_PROGRESS" },
                    { "team": "steady", "title": "Due next week", "owner": "bert", "createdBy": "anna", "created": "%6$s", "due": "%9$s", "status": "OPEN" },
                    { "team": "steady", "title": "No date", "createdBy": "bert", "created": "%6$s", "status": "OPEN" },
                    { "team": "steady", "title": "Done fast", "owner": "anna", "createdBy": "anna", "created": "%3$s", "due": "%8$s", "status": "DONE" },
                    { "team": "steady", "title": "Done slow", "owner": "anna", "createdBy": "anna", "created": "%5$s", "due": "%7$s", "status": "DONE" },
                    { "team": "steady", "title": "Dropped", "owner": "anna", "createdBy": "anna", "created": "%5$s", "due": "%8$s", "status": "DROPPED" },
                    { "team": "quiet", "title": "Q1", "owner": "bert", "createdBy": "mo", "created": "%3$s", "due": "%8$s", "status": "OPEN" },
                    { "team": "quiet", "title": "Q2", "owner": "bert", "createdBy": "mo", "created": "%3$s", "due": "%8$s", "status": "OPEN" },
                    { "team": "quiet", "title": "Q3", "owner": "bert", "createdBy": "mo", "created": "%3$s", "due": "%7$s", "status": "IN_PROGRESS" } ],
                  "goals": [
                    { "key": "g1", "team": "steady", "title": "Meer lezen", "measure": "%% dat leest", "target": 80,
                      "measurements": [ { "date": "%3$s", "value": 50 }, { "date": "%6$s", "value": 60 } ] },
                    { "key": "g2", "team": "steady", "title": "Minder te laat", "measure": "te laat per week", "target": 10,
                      "measurements": [ { "date": "%3$s", "value": 20 }, { "date": "%6$s", "value": 25 } ] },
                    { "key": "g3", "team": "quiet", "title": "Oud doel", "measure": "iets", "target": 5,
                      "measurements": [ { "date": "%10$s", "value": 1 } ] } ] }
                """.formatted(tag, monday.minusWeeks(7).plusDays(1), monday.minusWeeks(5).plusDays(1),
                monday.minusWeeks(4).plusDays(1), monday.minusWeeks(2).plusDays(1), monday.minusWeeks(1).plusDays(1),
                today.minusDays(3), today.minusDays(10), today.plusDays(7), today.minusWeeks(8));
        try {
            long id = context.getBean(HistoryImporter.class)
                    .importSchool(HistoryReader.read(new StringReader(json)), "{noop}not-for-login");
            JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
            // The history format has no closing date; the board sets it. Done fast: 4 days, done slow: 10 days.
            closeAfter(jdbc, id, "Done fast", 4);
            closeAfter(jdbc, id, "Done slow", 10);
            return new CoachTestSchool(id, tag, monday);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Date arithmetic in Java, not SQL: H2's dateadd does not exist on PostgreSQL. */
    private static void closeAfter(JdbcTemplate jdbc, long schoolId, String title, int days) {
        jdbc.query("select id, created_on from improvement_action where title = ?"
                + " and team_id in (select id from team where school_id = ?)",
                (row, n) -> new Object[] {row.getObject("created_on", LocalDate.class).plusDays(days), row.getLong("id")},
                title, schoolId)
                .forEach(closedOnAndId -> jdbc.update("update improvement_action set closed_on = ? where id = ?", closedOnAndId));
    }

    long teamId(JdbcTemplate jdbc, String name) {
        return jdbc.queryForObject("select id from team where name = ? and school_id = ?", Long.class, name, schoolId);
    }

    long personId(JdbcTemplate jdbc, String who) {
        return jdbc.queryForObject("select id from person where email = ?", Long.class, email(who));
    }

    /** Signs a person in for service calls, as the login form would. */
    static SignedInUser signIn(ApplicationContext context, String email) {
        SignedInUser user = (SignedInUser) context.getBean(UserDetailsService.class).loadUserByUsername(email);
        SecurityContextHolder.getContext()
                .setAuthentication(new UsernamePasswordAuthenticationToken(user, null, user.getAuthorities()));
        return user;
    }
}
