package nl.bordspiegel.mirror;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import org.junit.jupiter.api.Test;

import com.microsoft.playwright.assertions.LocatorAssertions;

import nl.bordspiegel.BrowserTest;
import nl.bordspiegel.DemoLogins;

class MirrorJourneyIT extends BrowserTest {

    private static final double MIRROR_WAIT_MILLIS = 30_000;

    @Test
    void leaderReadsTheEvidenceWritesAJournalEntryUndoesItsDeletionAndFindsItAfterSigningInAgain() {
        String thought = "Na de kerst laat ik een leraar de sessie van groep 3-4 leiden.";
        signIn(page, DemoLogins.KEYPLAYER_LEADER, DemoLogins.PASSWORD);
        page.getByText("Mijn spiegel").first().click();

        // The mirror infers over a year of history: on a busy build machine that takes longer than the default wait.
        assertThat(page.locator("#mirror-pattern-name")).containsText("Sleutelspeler",
                new LocatorAssertions.ContainsTextOptions().setTimeout(MIRROR_WAIT_MILLIS));
        assertThat(page.locator(".mirror-evidence-sentence").first()).containsText("gehouden sessies");
        assertThat(page.locator(".mirror-evidence-sentence")).hasCount(6);

        page.locator("#mirror-journal-text textarea").fill(thought);
        page.locator("#mirror-journal-save").click();
        assertThat(page.locator("#mirror-journal")).containsText(thought);
        page.locator(".mirror-journal-entry").first().getByText("Verwijderen").click();
        assertThat(page.locator("#mirror-journal")).not().containsText(thought);
        page.locator("#mirror-undo").click();
        assertThat(page.locator("#mirror-journal")).containsText(thought);
        page.getByText("Uitloggen").click();
        assertThat(page.locator("vaadin-login-form")).isVisible();

        signIn(page, DemoLogins.KEYPLAYER_LEADER, DemoLogins.PASSWORD);
        page.navigate(url("spiegel"));
        assertThat(page.locator("#mirror-journal")).containsText(thought,
                new LocatorAssertions.ContainsTextOptions().setTimeout(MIRROR_WAIT_MILLIS));
    }
}
