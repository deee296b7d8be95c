package nl.bordspiegel.shell;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.NavigationTrigger;

import nl.bordspiegel.DemoLogins;
import nl.bordspiegel.KaribuTest;

/** A page a person may not open, or that does not exist, is a calm page in the frame, never Vaadin's bare error. */
class RefusedViewTest extends KaribuTest {

    @ParameterizedTest
    @ValueSource(strings = {"spiegel", "coach", "beheer"})
    void teacherOnAnotherRolesPageGetsACalmDutchPageWithAWayHome(String route) {
        loginAs(DemoLogins.TEACHER);

        UI.getCurrent().navigate(route);

        assertThat(_get(H1.class).getText()).isEqualTo("Deze pagina is er niet voor jou");
        assertThat(_get(Anchor.class, spec -> spec.withId("refused-home")).getHref()).isEmpty();
        assertThat(pageText()).doesNotContain("Could not navigate");
        // Inside the usual frame: the navigation and the sign-out stay at hand.
        assertThat(navigation()).containsKey("Start");
        assertThat(UI.getCurrent().getInternals().getTitle()).isEqualTo("Deze pagina is er niet voor jou · Bordspiegel");
    }

    @Test
    void unknownPageGetsTheSamePageInTheUsersLanguage() {
        loginAs(DemoLogins.TEACHER);
        UI.getCurrent().setLocale(Locale.ENGLISH);

        // UI.navigate ignores a path without a route; a typed or bookmarked address goes through the router.
        UI ui = UI.getCurrent();
        ui.getInternals().getRouter().navigate(ui, new Location("no-such-page"), NavigationTrigger.PAGE_LOAD);

        assertThat(_get(H1.class).getText()).isEqualTo("This page is not there for you");
        assertThat(_get(Anchor.class, spec -> spec.withId("refused-home")).getText()).isEqualTo("To your home page");
    }

    @Test
    void leaderStillOpensTheMirror() {
        loginAs(DemoLogins.KEYPLAYER_LEADER);

        UI.getCurrent().navigate("spiegel");

        assertThat(pageText()).doesNotContain("Deze pagina is er niet voor jou");
    }
}
