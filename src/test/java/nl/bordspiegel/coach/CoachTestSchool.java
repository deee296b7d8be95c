package nl.bordspiegel.coach;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;

import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import nl.bordspiegel.TestSchools;

/**
 * The coach tests' scenario, built with {@link TestSchools} around the pinned "today", with
 * numbers worked out below, so the
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
 *            2 done (closed after 4 and 10 days: median 7), 1 dropped; and one done over a
 *            year ago (closed after 2 days), which neither the window nor the year's trend counts
 *   goals: "Meer lezen" 50 → 60 toward 80 (on track); "Minder te laat" 20 → 25 toward 10 (not)
 * Quiet (member bert; leader mo): one held session in week -4, led by mo; 3 overdue actions;
 *   goal measured 8 weeks ago only (stale) → needs attention for all three reasons
 * </pre>
 */
final class CoachTestSchool {

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
        LocalDate monday = today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        String json = """
                { "format": "school-history/1",
                  "school": { "name": "Overzichtschool {tag}", "sector": "PO" },
                  "people": [
                    { "key": "anna", "name": "Anna Leraar", "email": "anna@{tag}.example", "roles": ["TEACHER"] },
                    { "key": "bert", "name": "Bert Leraar", "email": "bert@{tag}.example", "roles": ["TEACHER"] },
                    { "key": "cas", "name": "Cas Coach", "email": "cas@{tag}.example", "roles": ["TEACHER", "COACH"] },
                    { "key": "lisa", "name": "Lisa Leider", "email": "lisa@{tag}.example", "roles": ["LEADER"] },
                    { "key": "mo", "name": "Mo Leider", "email": "mo@{tag}.example", "roles": ["LEADER"] },
                    { "key": "ada", "name": "Ada Beheer", "email": "ada@{tag}.example", "roles": ["ADMIN"] } ],
                  "teams": [
                    { "key": "steady", "name": "Steady {tag}", "members": ["anna", "bert"], "leaders": ["lisa"], "coaches": ["cas"] },
                    { "key": "quiet", "name": "Quiet {tag}", "members": ["bert"], "leaders": ["mo"], "coaches": [] } ],
                  "sessions": [
                    { "team": "steady", "date": "%1$s", "ledBy": "anna", "attendance": { "anna": "PRESENT", "bert": "PRESENT", "lisa": "PRESENT" } },
                    { "team": "steady", "date": "%2$s", "ledBy": "anna", "attendance": { "anna": "PRESENT", "bert": "PARTIAL", "lisa": "ABSENT" } },
                    { "team": "steady", "date": "%3$s", "cancelled": true, "cancelReason": "Studiedag" },
                    { "team": "steady", "date": "%4$s", "ledBy": "bert", "attendance": { "anna": "PRESENT", "bert": "PRESENT", "lisa": "PRESENT" } },
                    { "team": "steady", "date": "%5$s", "ledBy": "anna", "attendance": { "anna": "ABSENT", "bert": "PRESENT", "lisa": "PARTIAL" } },
                    { "team": "quiet", "date": "%3$s", "ledBy": "mo", "attendance": { "bert": "PRESENT", "mo": "PRESENT" } } ],
                  "actions": [
                    { "team": "steady", "title": "Overdue open", "owner": "anna", "createdBy": "anna", "created": "%2$s", "due": "%6$s", "status": "OPEN" },
                    { "team": "steady", "title": "Overdue in progress", "owner": "bert", "createdBy": "anna", "created": "%2$s", "due": "%7$s", "status": "IN_PROGRESS" },
                    { "team": "steady", "title": "Due next week", "owner": "bert", "createdBy": "anna", "created": "%5$s", "due": "%8$s", "status": "OPEN" },
                    { "team": "steady", "title": "No date", "createdBy": "bert", "created": "%5$s", "status": "OPEN" },
                    { "team": "steady", "title": "Done fast", "owner": "anna", "createdBy": "anna", "created": "%2$s", "due": "%7$s", "status": "DONE", "closed": "%10$s" },
                    { "team": "steady", "title": "Done slow", "owner": "anna", "createdBy": "anna", "created": "%4$s", "due": "%6$s", "status": "DONE", "closed": "%11$s" },
                    { "team": "steady", "title": "Done last year", "owner": "anna", "createdBy": "anna", "created": "%12$s", "status": "DONE", "closed": "%13$s" },
                    { "team": "steady", "title": "Dropped", "owner": "anna", "createdBy": "anna", "created": "%4$s", "due": "%7$s", "status": "DROPPED" },
                    { "team": "quiet", "title": "Q1", "owner": "bert", "createdBy": "mo", "created": "%2$s", "due": "%7$s", "status": "OPEN" },
                    { "team": "quiet", "title": "Q2", "owner": "bert", "createdBy": "mo", "created": "%2$s", "due": "%7$s", "status": "OPEN" },
                    { "team": "quiet", "title": "Q3", "owner": "bert", "createdBy": "mo", "created": "%2$s", "due": "%6$s", "status": "IN_PROGRESS" } ],
                  "goals": [
                    { "key": "g1", "team": "steady", "title": "Meer lezen", "measure": "%% dat leest", "target": 80,
                      "measurements": [ { "date": "%2$s", "value": 50 }, { "date": "%5$s", "value": 60 } ] },
                    { "key": "g2", "team": "steady", "title": "Minder te laat", "measure": "te laat per week", "target": 10,
                      "measurements": [ { "date": "%2$s", "value": 20 }, { "date": "%5$s", "value": 25 } ] },
                    { "key": "g3", "team": "quiet", "title": "Oud doel", "measure": "iets", "target": 5,
                      "measurements": [ { "date": "%9$s", "value": 1 } ] } ] }
                """.formatted(monday.minusWeeks(7).plusDays(1), monday.minusWeeks(5).plusDays(1),
                monday.minusWeeks(4).plusDays(1), monday.minusWeeks(2).plusDays(1), monday.minusWeeks(1).plusDays(1),
                today.minusDays(3), today.minusDays(10), today.plusDays(7), today.minusWeeks(8),
                // Done fast closed 4 days after it was made, done slow 10 days after.
                monday.minusWeeks(5).plusDays(1 + 4), monday.minusWeeks(2).plusDays(1 + 10),
                monday.minusWeeks(60).plusDays(1), monday.minusWeeks(60).plusDays(1 + 2));
        TestSchools.Imported school = TestSchools.fromJson(context, json);
        return new CoachTestSchool(school.id(), school.tag(), monday);
    }

    long teamId(JdbcTemplate jdbc, String name) {
        return jdbc.queryForObject("select id from team where name = ? and school_id = ?", Long.class, name, schoolId);
    }

    long personId(JdbcTemplate jdbc, String who) {
        return jdbc.queryForObject("select id from person where email = ?", Long.class, email(who));
    }
}
