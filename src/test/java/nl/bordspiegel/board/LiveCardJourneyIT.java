package nl.bordspiegel.board;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;

import nl.bordspiegel.BrowserTest;
import nl.bordspiegel.DemoLogins;

class LiveCardJourneyIT extends BrowserTest {

    @Autowired
    private JdbcTemplate jdbc;

    @Test
    void aSuccessAddedByAColleagueAppearsOnTheOtherScreenWithoutARequestBackOrPushLoggingOrTakingTheFocusAndItsCommentsStillOpen() {
        long team = jdbc.queryForObject("select id from team where name = 'Kernteam Rekenen'", Long.class);
        String success = "Rekenmuur hangt in elke klas " + System.nanoTime();
        signIn(page, DemoLogins.TEACHER, DemoLogins.PASSWORD);
        waitForHome(page);
        page.navigate(url("bord/" + team));
        Page other = anotherScreen();
        signIn(other, "mirjam@linde.example", DemoLogins.PASSWORD);
        waitForHome(other);
        other.navigate(url("bord/" + team));
        other.locator("#column-successes").waitFor();
        // A keyboard user on the other screen is about to add a success too.
        Locator addButton = other.locator("#column-successes-add");
        addButton.focus();
        String title = other.locator("#column-successes h2").textContent();
        List<String> requests = new CopyOnWriteArrayList<>();
        other.onRequest(request -> requests.add(request.method() + " " + request.url()));
        List<String> console = new CopyOnWriteArrayList<>();
        other.onConsoleMessage(message -> console.add(message.type() + " " + message.text()));

        addCard(page, "successes", success);

        Locator card = other.locator("#column-successes .card").filter(new Locator.FilterOptions()
                .setHasText(success));
        assertThat(card).isVisible();
        assertThat(other.locator("#column-successes h2")).not().hasText(title);
        // The column's count changed, and the focus stayed where it was.
        assertThat(addButton).isFocused();
        other.waitForTimeout(1_000);
        assertThat(requests).as("the screen that only receives the card asks the server nothing").isEmpty();
        // Vaadin's own client logs each message in development mode, as these tests run; not in production.
        assertThat(console).as("nor writes Atmosphere's debug lines to its console").noneMatch(line -> line.contains("Atmosphere"));
        assertThat(card.locator(".card-edit").evaluate("button => getComputedStyle(button, '::before').maskImage"))
                .as("the card's buttons draw their icons without an element each")
                .asString().startsWith("url(\"data:image/svg+xml,");
        assertThat(card.locator("vaadin-icon")).hasCount(0);

        card.locator(".card-comments .fold-toggle").click();
        assertThat(card.locator(".card-comment-field")).isVisible();
    }
}
