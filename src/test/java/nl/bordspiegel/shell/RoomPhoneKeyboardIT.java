package nl.bordspiegel.shell;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import com.microsoft.playwright.Page;

import nl.bordspiegel.BrowserTest;
import nl.bordspiegel.DemoLogins;
import nl.bordspiegel.TestSchools;

/**
 * Every role's main pages in real Chromium at a classroom touch board (1920×1080), a laptop
 * (1280×800) and a phone (390×844): nothing scrolls sideways, axe-core finds no critical or
 * serious violation, and a whole session runs from the keyboard alone.
 */
class RoomPhoneKeyboardIT extends BrowserTest {

    private record Viewport(String name, int width, int height) {
    }

    private static final List<Viewport> VIEWPORTS = List.of(new Viewport("board", 1920, 1080),
            new Viewport("laptop", 1280, 800), new Viewport("phone", 390, 844));
    private static final String AXE = axeSource();

    @Autowired
    ApplicationContext context;

    @Test
    void everyRolesPagesFitEveryScreenAndPassAxe() {
        long groep12 = demoTeam("Groep 1-2");
        List<String> problems = new ArrayList<>();
        for (Viewport viewport : VIEWPORTS) {
            page.setViewportSize(viewport.width(), viewport.height());
            page.navigate(url("login"));
            check(viewport, "login", problems);
            visit(viewport, DemoLogins.TEACHER, List.of("", "bord/" + groep12, "bord/" + groep12 + "/geschiedenis",
                    "spiegel/team-beeld", "spiegel", "wachtwoord"), problems);
            visit(viewport, DemoLogins.KEYPLAYER_LEADER, List.of("", "spiegel", "over-het-model"), problems);
            visit(viewport, DemoLogins.COACH, List.of("", "coach", "coach/team/" + groep12, "coach/updates",
                    "spiegel/gedeeld"), problems);
            visit(viewport, DemoLogins.ADMIN, List.of("", "beheer", "beheer/mensen", "beheer/teams", "beheer/import",
                    "beheer/instellingen", "beheer/schoolbestand", "beheer/audit"), problems);
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void aTeamOfTwelveAndThreeLeadersRunsItsSessionFromTheKeyboardOnEveryScreen() {
        List<String> problems = new ArrayList<>();
        for (Viewport viewport : VIEWPORTS) {
            TestSchools.Imported school = TestSchools.fromJson(context, bigTeam());
            long team = school.teamId(context, "Team " + school.tag());
            page.setViewportSize(viewport.width(), viewport.height());
            signIn(page, school.email("t1"), TestSchools.PASSWORD);
            waitForHome(page);
            page.navigate(url("bord/" + team + "/sessie"));
            settle();

            tabTo("session-start");
            page.keyboard().press("Enter");
            assertThat(page.locator("#session-step-title")).hasText("Check-in");
            assertThat(page.locator("#session-step-title")).isFocused();
            assertThat(page.locator("#session-attendance .attendance-row")).hasCount(15);
            if (viewport.height() == 1080) {
                double bottom = (double) page.evaluate(
                        "() => document.querySelector('#session-attendance').getBoundingClientRect().bottom");
                assertThat(bottom).as("attendance fits above the fold").isLessThanOrEqualTo(1080);
            }
            check(viewport, "running session", problems);

            // Each step by Alt+N; the focus lands on the new step's heading every time.
            while (!page.locator("#session-close").isVisible()) {
                String before = page.locator("#session-step-title").textContent();
                page.keyboard().press("Alt+n");
                assertThat(page.locator("#session-step-title")).not().hasText(before);
                assertThat(page.locator("#session-step-title")).isFocused();
            }
            check(viewport, "last step", problems);
            tabTo("session-close");
            page.keyboard().press("Enter");
            // Closing asks first; the dialog's confirm button answers by keyboard too.
            page.locator("vaadin-button[slot='confirm-button']").focus();
            page.keyboard().press("Enter");
            assertThat(page.locator("#session-summary")).containsText("Aanwezig");
            check(viewport, "summary", problems);
            page.context().clearCookies();
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void theSkipLinkIsTheFirstTabStopAndLeadsToTheContent() {
        page.setViewportSize(1280, 800);
        signIn(page, DemoLogins.TEACHER, DemoLogins.PASSWORD);
        waitForHome(page);
        settle();
        page.keyboard().press("Tab");
        assertThat(page.locator("#skip-to-content")).isFocused();
        page.keyboard().press("Enter");
        assertThat(page.locator("[role=main]")).isFocused();
    }

    @Test
    void aWrongPasswordKeepsTheEmail() {
        signIn(page, DemoLogins.TEACHER, "not-the-password");
        page.waitForURL(java.util.regex.Pattern.compile(".*/login\\?error.*"));
        assertThat(page.locator("input[name=username]")).hasValue(DemoLogins.TEACHER);
    }

    private void visit(Viewport viewport, String email, List<String> paths, List<String> problems) {
        signIn(page, email, DemoLogins.PASSWORD);
        waitForHome(page);
        for (String path : paths) {
            page.navigate(url(path));
            check(viewport, email + " /" + path, problems);
        }
        page.context().clearCookies();
    }

    /** No sideways scrolling and no critical or serious axe-core violation on the page as it is now. */
    private void check(Viewport viewport, String what, List<String> problems) {
        settle();
        String where = viewport.name() + " " + what + ": ";
        // The app layout scrolls its own content area, so that counts as much as the page.
        Object wide = page.evaluate("""
                () => {
                  const layout = document.querySelector('vaadin-app-layout');
                  const content = layout && layout.shadowRoot && layout.shadowRoot.querySelector('[content]');
                  return Math.max(document.documentElement.scrollWidth - window.innerWidth,
                                  content ? content.scrollWidth - content.clientWidth : 0);
                }
                """);
        if (((Number) wide).intValue() > 0) {
            problems.add(where + "scrolls sideways by " + wide + " px");
        }
        if (!(boolean) page.evaluate("() => typeof window.axe !== 'undefined'")) {
            page.addScriptTag(new Page.AddScriptTagOptions().setContent(AXE));
        }
        String violations = (String) page.evaluate("""
                async () => {
                  const result = await axe.run(document, {resultTypes: ['violations']});
                  return result.violations.filter(v => v.impact === 'critical' || v.impact === 'serious')
                    .map(v => v.impact + ' ' + v.id + ' at ' + v.nodes.slice(0, 3).map(n => n.target.join(' > ')).join(' | '))
                    .join('\\n');
                }
                """);
        if (!violations.isBlank()) {
            problems.add(where + violations);
        }
    }

    /** Waits until Vaadin has no request under way and the page has its title. */
    private void settle() {
        page.waitForFunction("() => window.Vaadin && window.Vaadin.Flow && window.Vaadin.Flow.clients"
                + " && !Object.values(window.Vaadin.Flow.clients).some(c => c.isActive && c.isActive())");
    }

    private void tabTo(String id) {
        for (int i = 0; i < 80; i++) {
            if (id.equals(page.evaluate("() => document.activeElement && document.activeElement.id"))) {
                return;
            }
            page.keyboard().press("Tab");
        }
        throw new AssertionError("#" + id + " is not reachable with Tab");
    }

    private long demoTeam(String name) {
        return context.getBean(JdbcTemplate.class).queryForObject(
                "select t.id from team t join school s on s.id = t.school_id where t.name = ? order by t.id fetch first 1 rows only",
                Long.class, name);
    }

    /** Twelve teachers and three leaders: a large team, as the room's screen must show. */
    private static String bigTeam() {
        String teachers = IntStream.rangeClosed(1, 12).mapToObj(i -> """
                { "key": "t%d", "name": "Leraar Nummer%d", "email": "t%d@{tag}.example", "roles": ["TEACHER"] }"""
                .formatted(i, i, i)).collect(Collectors.joining(",\n"));
        String leaders = IntStream.rangeClosed(1, 3).mapToObj(i -> """
                { "key": "l%d", "name": "Leider Nummer%d", "email": "l%d@{tag}.example", "roles": ["LEADER"] }"""
                .formatted(i, i, i)).collect(Collectors.joining(",\n"));
        String members = IntStream.rangeClosed(1, 12).mapToObj(i -> "\"t" + i + "\"").collect(Collectors.joining(", "));
        return """
                { "format": "school-history/1",
                  "school": { "name": "Grote school {tag}", "sector": "PO" },
                  "people": [ %s, %s ],
                  "teams": [ { "key": "k", "name": "Team {tag}", "members": [ %s ], "leaders": [ "l1", "l2", "l3" ],
                               "coaches": [] } ] }
                """.formatted(teachers, leaders, members);
    }

    private static String axeSource() {
        try (InputStream in = RoomPhoneKeyboardIT.class.getResourceAsStream("/axe/axe.min.js")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
