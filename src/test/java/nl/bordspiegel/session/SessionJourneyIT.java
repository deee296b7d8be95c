package nl.bordspiegel.session;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;

import nl.bordspiegel.BoardTestSchool;
import nl.bordspiegel.BrowserTest;

/** In real Chromium: a teacher runs a whole session from the start to its summary, in Dutch; screens follow live. */
class SessionJourneyIT extends BrowserTest {

    @Autowired
    BoardTestSchool school;

    @Test
    void teacherRunsAWholeSessionFromStartToSummary() {
        long team = school.team(BoardTestSchool.TEAM_A);
        signIn(page, BoardTestSchool.TINA, BoardTestSchool.PASSWORD);
        waitForHome(page);
        page.getByText(BoardTestSchool.TEAM_A).first().click();
        page.waitForURL(url("bord/" + team));
        page.locator("#add-action input").fill("Leeshoek inrichten");
        page.locator("#add-action input").press("Enter");
        assertThat(page.locator("#column-actions")).containsText("Leeshoek inrichten");

        page.locator("#board-session-link").click();
        page.waitForURL(url("bord/" + team + "/sessie"));
        page.locator("#session-start").click();
        assertThat(page.locator("#session-timer")).containsText("/ 15:00");
        assertThat(page.locator("#session-step-title")).hasText("Check-in");
        next(page); // successes
        page.locator("#session-add-success input").fill("Iedereen was op tijd");
        page.locator("#session-add-success input").press("Enter");
        assertThat(page.locator(".session-current")).containsText("Iedereen was op tijd");
        next(page); // goals
        next(page); // open actions
        assertThat(page.locator("#session-review")).containsText("Actie 1 van");
        // The action has no owner yet, so it cannot be done: the team drops it.
        page.locator("#review-drop").click();
        next(page); // new ideas and actions
        next(page); // close
        page.locator("#session-close").click();

        assertThat(page.locator("#session-summary")).containsText("geleid door Tina Teuling");
        assertThat(page.locator("#session-summary")).containsText("Tina Teuling: Aanwezig");
        assertThat(page.locator("#session-summary")).containsText("Actie besproken");
    }

    @Test
    void twoScreensOnTheSameBoardSeeEachOthersNewCardWithoutReload() {
        long team = school.team(BoardTestSchool.TEAM_A);
        signIn(page, BoardTestSchool.TINA, BoardTestSchool.PASSWORD);
        waitForHome(page);
        page.navigate(url("bord/" + team));
        try (BrowserContext other = newContext()) {
            Page tom = other.newPage();
            signIn(tom, BoardTestSchool.TOM, BoardTestSchool.PASSWORD);
            waitForHome(tom);
            tom.navigate(url("bord/" + team));
            assertThat(tom.locator("#column-successes")).isVisible();

            page.locator("#add-success input").fill("Live van Tina");
            page.locator("#add-success input").press("Enter");
            assertThat(tom.locator("#column-successes")).containsText("Live van Tina");

            tom.locator("#add-idea input").fill("Live van Tom");
            tom.locator("#add-idea input").press("Enter");
            assertThat(page.locator("#column-ideas")).containsText("Live van Tom");
        }
    }

    private static void next(Page on) {
        String before = on.locator("#session-step-title").textContent();
        on.locator("#session-next").click();
        assertThat(on.locator("#session-step-title")).not().hasText(before);
    }
}
