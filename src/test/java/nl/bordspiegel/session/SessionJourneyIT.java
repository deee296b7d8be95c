package nl.bordspiegel.session;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

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
        addCard(page, "actions", "Leeshoek inrichten");
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
        page.locator("vaadin-button[slot='confirm-button']").click();

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
        Page tom = anotherScreen();
        signIn(tom, BoardTestSchool.TOM, BoardTestSchool.PASSWORD);
        waitForHome(tom);
        tom.navigate(url("bord/" + team));
        assertThat(tom.locator("#column-successes")).isVisible();

        addCard(page, "successes", "Live van Tina");
        assertThat(tom.locator("#column-successes")).containsText("Live van Tina");

        addCard(tom, "ideas", "Live van Tom");
        assertThat(page.locator("#column-ideas")).containsText("Live van Tom");
    }

    @Test
    void twoScreensMarkAttendanceAtOnceAndBothShowTheSummaryWhenOneCloses() {
        long team = school.team(BoardTestSchool.TEAM_A);
        signIn(page, BoardTestSchool.TINA, BoardTestSchool.PASSWORD);
        waitForHome(page);
        page.navigate(url("bord/" + team + "/sessie"));
        page.locator("#session-start").click();
        assertThat(page.locator("#session-step-title")).hasText("Check-in");
        Page tom = anotherScreen();
        signIn(tom, BoardTestSchool.TOM, BoardTestSchool.PASSWORD);
        waitForHome(tom);
        tom.navigate(url("bord/" + team + "/sessie"));
        assertThat(tom.locator("#session-step-title")).hasText("Check-in");

        // Both screens mark at once, each a different person: neither mark is lost.
        mark(page, school.person(BoardTestSchool.LEA), "Deels");
        mark(tom, school.person(BoardTestSchool.TINA), "Deels");
        for (Page screen : new Page[] {page, tom}) {
            assertThat(checked(screen, school.person(BoardTestSchool.LEA))).hasText("Deels");
            assertThat(checked(screen, school.person(BoardTestSchool.TINA))).hasText("Deels");
        }

        while (!page.locator("#session-close").isVisible()) {
            next(page);
        }
        page.locator("#session-close").click();
        page.locator("vaadin-button[slot='confirm-button']").click();

        for (Page screen : new Page[] {page, tom}) {
            assertThat(screen.locator("#session-summary")).containsText("Lea Leeuwen: Deels");
            assertThat(screen.locator("#session-summary")).containsText("Tina Teuling: Deels");
        }
    }

    private static void mark(Page on, long person, String mark) {
        on.locator("vaadin-radio-group[data-person='" + person + "']")
                .getByText(mark, new com.microsoft.playwright.Locator.GetByTextOptions().setExact(true)).click();
    }

    private static com.microsoft.playwright.Locator checked(Page on, long person) {
        return on.locator("vaadin-radio-group[data-person='" + person + "'] vaadin-radio-button[checked]");
    }

    private static void next(Page on) {
        String before = on.locator("#session-step-title").textContent();
        on.locator("#session-next").click();
        assertThat(on.locator("#session-step-title")).not().hasText(before);
    }
}
