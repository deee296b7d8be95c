package nl.bordspiegel.mirror;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import org.junit.jupiter.api.Test;

import nl.bordspiegel.BrowserTest;
import nl.bordspiegel.DemoLogins;

class MirrorJourneyIT extends BrowserTest {

    @Test
    void leaderReadsTheEvidenceWritesAJournalEntryAndFindsItAfterSigningInAgain() {
        String thought = "Na de kerst laat ik een leraar de sessie van groep 3-4 leiden.";
        signIn(page, DemoLogins.KEYPLAYER_LEADER, DemoLogins.PASSWORD);
        page.getByText("Mijn spiegel").first().click();

        assertThat(page.locator("#mirror-pattern-name")).containsText("Sleutelspeler");
        assertThat(page.locator(".mirror-evidence-sentence").first()).containsText("gehouden sessies");
        assertThat(page.locator(".mirror-evidence-sentence")).hasCount(6);

        page.locator("#mirror-journal-text textarea").fill(thought);
        page.locator("#mirror-journal-save").click();
        assertThat(page.locator("#mirror-journal")).containsText(thought);
        page.getByText("Uitloggen").click();
        assertThat(page.locator("vaadin-login-form")).isVisible();

        signIn(page, DemoLogins.KEYPLAYER_LEADER, DemoLogins.PASSWORD);
        page.navigate(url("spiegel"));
        assertThat(page.locator("#mirror-journal")).containsText(thought);
    }
}
