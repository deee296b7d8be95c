package nl.bordspiegel.shell;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import org.junit.jupiter.api.Test;

import nl.bordspiegel.BrowserTest;
import nl.bordspiegel.DemoLogins;

class SignInJourneyIT extends BrowserTest {

    @Test
    void teacherAndLeaderReachTheirHomePagesAndAWrongPasswordIsRefused() {
        signIn(page, DemoLogins.TEACHER, DemoLogins.PASSWORD);
        assertThat(page.locator("h2").first()).hasText("Jouw teams");
        // Home itself, not a page saved on the way (the app's service worker fetches home before sign-in).
        assertThat(page).hasURL(url(""));
        assertThat(page.locator("vaadin-app-layout")).containsText("OBS De Linde");
        signOut(page);
        assertThat(page.locator("vaadin-login-form")).isVisible();
        assertThat(page).hasURL(url("login"));

        signIn(page, DemoLogins.KEYPLAYER_LEADER, DemoLogins.PASSWORD);
        assertThat(page.locator("h2").first()).hasText("Teams die je volgt");
        assertThat(page).hasURL(url(""));
        signOut(page);

        signIn(page, DemoLogins.TEACHER, "not-the-password");
        assertThat(page.locator("vaadin-login-form")).containsText("Het e-mailadres of het wachtwoord klopt niet");
    }
}
