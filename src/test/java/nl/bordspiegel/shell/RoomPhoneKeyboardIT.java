package nl.bordspiegel.shell;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import com.microsoft.playwright.CDPSession;
import com.microsoft.playwright.Page;

import nl.bordspiegel.BrowserTest;
import nl.bordspiegel.DemoLogins;
import nl.bordspiegel.TestSchools;
import nl.bordspiegel.board.BoardService;

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
        }
        // One sign-in per role, every screen size within it: sign-ins are the journey's slowest part.
        visit(DemoLogins.TEACHER, List.of("", "bord/" + groep12, "bord/" + groep12 + "/geschiedenis",
                "spiegel/team-beeld", "wachtwoord", "spiegel", "coach", "beheer", "bestaat-niet"), problems);
        visit(DemoLogins.KEYPLAYER_LEADER, List.of("", "spiegel", "over-het-model"), problems);
        visit(DemoLogins.COACH, List.of("", "coach", "coach/team/" + groep12, "coach/updates", "spiegel/gedeeld"),
                problems);
        visit(DemoLogins.ADMIN, List.of("", "beheer", "beheer/mensen", "beheer/teams", "beheer/import",
                "beheer/instellingen", "beheer/schoolbestand", "beheer/audit"), problems);
        assertThat(problems).isEmpty();
    }

    @Test
    void aTeacherOnAnotherRolesPageOrAnUnknownOneGetsTheCalmPageInTheFrame() {
        signIn(page, DemoLogins.TEACHER, DemoLogins.PASSWORD);
        waitForHome(page);
        for (String route : List.of("spiegel", "coach", "beheer", "bestaat-niet")) {
            page.navigate(url(route));
            assertThat(page.locator("h1")).hasText("Deze pagina is er niet voor jou");
            assertThat(page).hasTitle("Deze pagina is er niet voor jou · Bordspiegel");
            assertThat(page.locator("#refused-home")).isVisible();
            assertThat(page.locator("vaadin-side-nav")).hasCount(1);
        }
        page.locator("#refused-home").click();
        waitForHome(page);
    }

    @Test
    void aTeamOfTwelveAndThreeLeadersRunsItsSessionFromTheKeyboardOnEveryScreen() {
        List<String> problems = new ArrayList<>();
        for (Viewport viewport : VIEWPORTS) {
            TestSchools.LargeTeam team = TestSchools.largeTeam(context);
            openActionFor(team);
            page.setViewportSize(viewport.width(), viewport.height());
            signIn(page, team.teacher(1), TestSchools.PASSWORD);
            waitForHome(page);
            page.navigate(url("bord/" + team.teamId() + "/sessie"));
            settle();
            boolean room = viewport.height() == 1080;
            if (room) {
                roomTargets(viewport, "before the start", problems);
                apart(viewport, "#session-start", "#session-cancel", problems);
            }

            tabTo("#session-start");
            page.keyboard().press("Enter");
            assertThat(page.locator("#session-step-title")).hasText("Check-in");
            assertThat(page.locator("#session-step-title")).isFocused();
            assertThat(page.locator("#session-attendance .attendance-row")).hasCount(15);
            check(viewport, "running session", problems);
            if (room) {
                double bottom = (double) page.evaluate(
                        "() => document.querySelector('#session-attendance').getBoundingClientRect().bottom");
                assertThat(bottom).as("attendance fits above the fold").isLessThanOrEqualTo(1080);
                roomTargets(viewport, "running session", problems);
            }

            // An exception by keyboard, then one button puts everyone back to present.
            tabTo("#session-attendance .attendance-mark");
            page.keyboard().press("ArrowRight");
            page.keyboard().press("ArrowRight");
            assertThat(page.locator("#session-attendance .attendance-reason").first()).isVisible();
            tabTo("#session-everyone-present");
            page.keyboard().press("Enter");
            // Fifteen marks and a rebuilt list: on a loaded machine this takes longer than an assertion waits.
            settle();
            assertThat(page.locator("#session-attendance .attendance-reason:visible")).hasCount(0,
                    new com.microsoft.playwright.assertions.LocatorAssertions.HasCountOptions().setTimeout(20_000));
            assertThat(page.locator("#session-everyone-present")).hasCount(1);

            // Each step by Alt+N; the focus lands on the new step's heading every time.
            while (!page.locator("#session-review-action").isVisible()) {
                nextStep();
            }
            if (room) {
                roomTargets(viewport, "action review", problems);
                apart(viewport, "#review-done", "#review-drop", problems);
            }
            tabTo("#review-done");
            page.keyboard().press("Enter");
            // The review panel tells "all discussed" apart from "there were none": this team had one.
            assertThat(page.locator("#session-review")).containsText("Alle open acties zijn besproken");
            assertThat(page.locator("#session-step-title")).isFocused();
            while (!page.locator("#session-close").isVisible()) {
                nextStep();
            }
            check(viewport, "last step", problems);
            tabTo("#session-close");
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
    void everyCardActionOnTheRoomBoardWorksFromTheKeyboardWithTouchSizedTargets() {
        TestSchools.LargeTeam team = TestSchools.largeTeam(context);
        Viewport room = VIEWPORTS.get(0);
        List<String> problems = new ArrayList<>();
        CDPSession network = onSlowNetwork(0);
        page.setViewportSize(room.width(), room.height());
        signIn(page, team.teacher(1), TestSchools.PASSWORD);
        waitForHome(page);
        page.navigate(url("bord/" + team.teamId()));
        settle();

        // A column's skip link, then its add button, then the field: type and Enter.
        addByKeyboard("actions", "Leeshoek inrichten");
        String action = "#" + page.locator(".card-action", new Page.LocatorOptions().setHasText("Leeshoek inrichten"))
                .getAttribute("id");
        assertThat(page.locator("#add-action input")).isFocused();
        addByKeyboard("actions", "Oud rooster opruimen");

        // Edit in the dialog: title and owner, saved with Enter. On a slow network the owner's list
        // arrives after the Enter: the name typed in full still counts.
        latency(network, 400);
        tabTo(action + " .action-edit");
        page.keyboard().press("Enter");
        assertThat(page.locator("#edit-action-title input")).isFocused();
        check(room, "action dialog open", problems);
        page.keyboard().press("Control+a");
        page.keyboard().type("Leeshoek inrichten met boeken");
        tabTo("#edit-action-owner");
        page.keyboard().type("Leraar Nummer2");
        page.keyboard().press("Enter");
        tabTo("#edit-action-save");
        page.keyboard().press("Enter");
        assertThat(page.locator(action + " .action-owner")).containsText("Leraar Nummer2");
        assertThat(page.locator(action + " .card-text")).hasText("Leeshoek inrichten met boeken");
        assertThat(page.locator(action)).isFocused();
        latency(network, 0);

        // Mark it done; the rebuilt card keeps the focus, so the next Tab stays on it.
        tabTo(action + " .status-done");
        page.keyboard().press("Enter");
        assertThat(page.locator(action)).hasClass(java.util.regex.Pattern.compile(".*\\baction-done\\b.*"));
        assertThat(page.locator(action)).isFocused();

        // A comment on the card: open its fold, type, Enter.
        tabTo(action + " .card-comments");
        page.keyboard().press("Enter");
        // The fold's comments and field come from the server when it opens: the user sees them, then tabs on.
        page.locator(action + " .card-comment-field").waitFor();
        page.keyboard().press("Tab");
        page.keyboard().type("Wie helpt mee?");
        page.keyboard().press("Enter");
        assertThat(page.locator(action + " .card-comment")).containsText("Wie helpt mee?");
        assertThat(page.locator(action)).isFocused();

        // An idea turned into an action.
        addByKeyboard("ideas", "Voorleeshoek");
        tabTo(".card-idea .idea-adopt");
        page.keyboard().press("Enter");
        assertThat(page.locator(".card-idea")).hasCount(0);
        assertThat(page.locator(".card-action", new Page.LocatorOptions().setHasText("Voorleeshoek"))).hasCount(1);
        assertThat(page.locator("#column-ideas")).isFocused();
        addByKeyboard("ideas", "Leesmaatjes");

        // A goal and its first measurement.
        addByKeyboard("goals", "Leesniveau");
        tabTo(".card-goal .goal-measure-toggle");
        page.keyboard().press("Enter");
        assertThat(page.locator(".card-goal .goal-measurement input")).isFocused();
        page.keyboard().type("83");
        page.keyboard().press("Enter");
        assertThat(page.locator(".card-goal")).containsText("Laatste meting: 83");

        addByKeyboard("successes", "De leeshoek is open");
        addByKeyboard("questions", "Wanneer komen de boeken?");

        roomTargets(room, "board", problems);
        page.locator(".card-action").all().forEach(card -> apart(room,
                "#" + card.getAttribute("id") + " .status-done", "#" + card.getAttribute("id") + " .status-dropped",
                problems));
        apart(room, ".card-idea .idea-adopt", ".card-idea .idea-drop", problems);
        check(room, "board with cards", problems);
        assertThat(problems).isEmpty();
    }

    @Test
    void theStepCountdownRunsInTheBrowserAndSignalsCalmlyWhenTheStepsTimeIsUp() {
        TestSchools.School school = TestSchools.create(context);
        long team = context.getBean(JdbcTemplate.class).queryForObject("select id from team where name = ?", Long.class,
                school.teamName());
        page.clock().install();
        signIn(page, school.teacher(), TestSchools.PASSWORD);
        waitForHome(page);
        page.navigate(url("bord/" + team + "/sessie"));
        settle();
        tabTo("#session-start");
        page.keyboard().press("Enter");
        assertThat(page.locator("#session-step-countdown")).containsText("Deze stap: nog");
        List<String> roundTrips = new ArrayList<>();
        page.onRequest(request -> {
            if (request.url().contains("v-r=uidl")) {
                roundTrips.add(request.url());
            }
        });

        // The check-in is planned for a few minutes; ten minutes later its time is up.
        page.clock().runFor(10 * 60 * 1000);

        assertThat(page.locator("#session-step-countdown")).containsText("Tijd voor deze stap is om");
        assertThat(page.locator("#session-step-countdown")).hasClass(java.util.regex.Pattern.compile(".*\\bover\\b.*"));
        assertThat(page.locator(".session-clock")).hasClass(java.util.regex.Pattern.compile(".*\\bstep-time-up\\b.*"));
        assertThat(page.locator("#session-step-signal")).hasText("De tijd voor deze stap is om.");
        assertThat(roundTrips).as("the timer counts without asking the server").isEmpty();
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

    /** Signs in once and checks each page at every screen size; on a phone also with the menus open. */
    private void visit(String email, List<String> paths, List<String> problems) {
        signIn(page, email, DemoLogins.PASSWORD);
        waitForHome(page);
        for (Viewport viewport : VIEWPORTS) {
            page.setViewportSize(viewport.width(), viewport.height());
            for (String path : paths) {
                page.navigate(url(path));
                check(viewport, email + " /" + path, problems);
            }
            if (viewport.width() < 400) {
                page.navigate(url(""));
                settle();
                page.locator("#user-menu vaadin-menu-bar-button").first().click();
                page.locator("vaadin-menu-bar-item").first().waitFor();
                check(viewport, email + " user menu open", problems);
                page.keyboard().press("Escape");
                page.locator("vaadin-drawer-toggle").click();
                page.locator("vaadin-side-nav").waitFor();
                check(viewport, email + " navigation open", problems);
                page.keyboard().press("Escape");
            }
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
                    .map(v => v.impact + ' ' + v.id + ' at ' + v.nodes.slice(0, 3).map(n => n.target.join(' > ')).join(' | ')
                         + ' (' + (v.nodes[0].failureSummary || '').replace(/\\s+/g, ' ').slice(0, 160) + ')')
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

    /** Presses Tab until the keyboard focus is on (or inside) the element the selector finds first. */
    private void tabTo(String selector) {
        for (int i = 0; i < 120; i++) {
            if ((boolean) page.evaluate("""
                    selector => {
                      const target = document.querySelector(selector), active = document.activeElement;
                      return !!target && !!active && (target === active || target.contains(active));
                    }
                    """, selector)) {
                return;
            }
            page.keyboard().press("Tab");
        }
        throw new AssertionError(selector + " is not reachable with Tab");
    }


    /** Alt+N moves to the next step, and the keyboard focus follows to its heading. */
    private void nextStep() {
        String before = page.locator("#session-step-title").textContent();
        page.keyboard().press("Alt+n");
        assertThat(page.locator("#session-step-title")).not().hasText(before);
        assertThat(page.locator("#session-step-title")).isFocused();
    }

    /** Through the column's skip link, then on to its add field (past a question's kind): type and Enter. */
    private void addByKeyboard(String column, String text) {
        tabTo("#pick-" + column);
        page.keyboard().press("Enter");
        assertThat(page.locator("#column-" + column)).isFocused();
        // The column's add button makes the form and puts the cursor in its field.
        tabTo("#column-" + column + "-add");
        page.keyboard().press("Enter");
        assertThat(page.locator("#column-" + column + " .board-add input")).isFocused();
        page.keyboard().type(text);
        page.keyboard().press("Enter");
        assertThat(page.locator("#column-" + column + " .card", new Page.LocatorOptions().setHasText(text)))
                .hasCount(1);
    }

    /** An action the team's review step will show: Leraar Nummer1 owns it. */
    private void openActionFor(TestSchools.LargeTeam team) {
        var teacher = TestSchools.signIn(context, team.teacher(1));
        context.getBean(BoardService.class).addAction(team.teamId(), teacher.personId(), "Leesmap bijwerken",
                teacher.personId(), null);
        org.springframework.security.core.context.SecurityContextHolder.clearContext();
    }

    /** Every visible control in the page's content is at least 44 by 44 CSS pixels: a finger on a touch board. */
    private void roomTargets(Viewport viewport, String what, List<String> problems) {
        settle();
        String small = (String) page.evaluate("""
                () => {
                  const controls = 'vaadin-button, a[href], button, vaadin-text-field, vaadin-number-field,'
                    + ' vaadin-integer-field, vaadin-select, vaadin-combo-box, vaadin-date-picker, vaadin-details-summary,'
                    + ' vaadin-radio-button, vaadin-checkbox, vaadin-text-area';
                  const main = document.querySelector('[role=main]');
                  return [...main.querySelectorAll(controls)]
                    .filter(el => el.checkVisibility())
                    .map(el => [el, el.getBoundingClientRect()])
                    .filter(([el, r]) => r.width < 44 || r.height < 44)
                    .map(([el, r]) => el.localName + (el.id ? '#' + el.id : '') + '.' + [...el.classList].join('.')
                         + ' "' + (el.textContent || el.getAttribute('aria-label') || '').trim().slice(0, 20) + '" '
                         + Math.round(r.width) + 'x' + Math.round(r.height))
                    .join('; ');
                }
                """);
        if (!small.isBlank()) {
            problems.add(viewport.name() + " " + what + ": targets under 44 px: " + small);
        }
    }

    /** A constructive and a destructive button are at least a finger's width apart (16 px), not neighbours. */
    private void apart(Viewport viewport, String constructive, String destructive, List<String> problems) {
        Number gap = (Number) page.evaluate("""
                ([a, b]) => {
                  const r = document.querySelector(a).getBoundingClientRect();
                  const s = document.querySelector(b).getBoundingClientRect();
                  return Math.max(s.left - r.right, r.left - s.right, s.top - r.bottom, r.top - s.bottom);
                }
                """, List.of(constructive, destructive));
        if (gap.doubleValue() < 16) {
            problems.add(viewport.name() + ": " + constructive + " and " + destructive + " are " + gap + " px apart");
        }
    }

    private long demoTeam(String name) {
        return context.getBean(JdbcTemplate.class).queryForObject(
                "select t.id from team t join school s on s.id = t.school_id where t.name = ? order by t.id fetch first 1 rows only",
                Long.class, name);
    }

    private static String axeSource() {
        try (InputStream in = RoomPhoneKeyboardIT.class.getResourceAsStream("/axe/axe.min.js")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
