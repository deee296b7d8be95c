package nl.bordspiegel.coach;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import com.microsoft.playwright.Locator;

import nl.bordspiegel.BrowserTest;
import nl.bordspiegel.DemoLogins;

class CoachJourneyIT extends BrowserTest {

    @Test
    void coachFindsTheTeamThatNeedsAttentionWritesAnUpdateAndItsLeaderReadsIt() {
        String message = "Kernteam Rekenen heeft drie acties over de datum. Zullen we vrijdag even kijken? "
                + System.nanoTime();
        signIn(page, DemoLogins.COACH, DemoLogins.PASSWORD);

        page.locator("vaadin-side-nav-item", new com.microsoft.playwright.Page.LocatorOptions().setHasText("Teamoverzicht"))
                .click();
        assertThat(page.locator("h1")).hasText("Teamoverzicht");
        assertThat(page.getByText("1 team vraagt aandacht.")).isVisible();
        // Teams that need attention come first, with the reason next to them.
        Locator firstTeam = page.locator("vaadin-grid-cell-content a").first();
        assertThat(firstTeam).hasText("Kernteam Rekenen");
        assertThat(page.locator("vaadin-grid-cell-content").getByText("3 acties over de datum")).isVisible();

        com.microsoft.playwright.Download csv = page.waitForDownload(() -> page.locator("a.coach-csv").click());
        assertThat(csv.suggestedFilename()).isEqualTo("teamoverzicht.csv");
        byte[] bytes = readAll(csv);
        assertThat(bytes).startsWith((byte) 0xEF, (byte) 0xBB, (byte) 0xBF);
        assertThat(new String(bytes, java.nio.charset.StandardCharsets.UTF_8)).contains("Kernteam Rekenen;");

        firstTeam.click();
        assertThat(page.locator("h1")).hasText("Kernteam Rekenen");
        assertThat(page.locator("svg.coach-chart")).hasCount(2);
        assertThat(page.locator(".coach-open-actions")).containsText("Te laat");

        page.getByText("Schrijf een coachbericht over dit team").click();
        assertThat(page.locator("vaadin-multi-select-combo-box")).containsText("Tom Prins");
        page.locator("vaadin-text-area textarea").fill(message);
        page.locator("vaadin-button", new com.microsoft.playwright.Page.LocatorOptions().setHasText("Versturen")).click();
        assertThat(page.locator("vaadin-notification-card")).containsText("verstuurd aan Tom Prins");
        assertThat(page.locator(".coach-updates-written")).containsText(message);
        signOut(page);

        signIn(page, DemoLogins.NEW_LEADER, DemoLogins.PASSWORD);
        Locator updates = page.locator(".home-coach-updates");
        assertThat(updates.locator("h2")).hasText("Berichten van de schoolcoaches");
        assertThat(updates).containsText(message);
        assertThat(updates).containsText("Karin Hendriks");
        signOut(page);

        signIn(page, DemoLogins.KEYPLAYER_LEADER, DemoLogins.PASSWORD);
        assertThat(page.locator(".home-coach-updates h2")).isVisible();
        assertThat(page.locator(".home-coach-updates")).not().containsText(message);
    }

    private static byte[] readAll(com.microsoft.playwright.Download download) {
        try {
            return java.nio.file.Files.readAllBytes(download.path());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
