package nl.bordspiegel.shell;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;

import nl.bordspiegel.DemoLogins;
import nl.bordspiegel.FixedTime;
import nl.bordspiegel.KaribuTest;
import nl.bordspiegel.security.ui.LoginView;

class HomeViewTest extends KaribuTest {

    @Test
    void teacherIsGreetedByFirstNameAndSeesOnlyTheTeacherPart() {
        loginAs(DemoLogins.TEACHER);

        assertThat(_get(H1.class).getText()).isEqualTo("Goedemorgen, Sanne");
        assertThat(sectionTitles()).containsExactly("Jouw teams");
        assertThat(_find(ListItem.class)).isNotEmpty();
    }

    @Test
    void greetingFollowsTheSchoolsHourOfDay() {
        FixedTime.clockOf(context()).setTo(FixedTime.today(context()).atTime(14, 0));
        loginAs(DemoLogins.TEACHER);
        assertThat(_get(H1.class).getText()).isEqualTo("Goedemiddag, Sanne");

        FixedTime.clockOf(context()).setTo(FixedTime.today(context()).atTime(19, 30));
        loginAs(DemoLogins.TEACHER);
        assertThat(_get(H1.class).getText()).isEqualTo("Goedenavond, Sanne");
    }

    @Test
    void leaderWhoIsAlsoCoachSeesBothParts() {
        loginAs(DemoLogins.TEAMPLAYER_LEADER);

        assertThat(sectionTitles()).contains("Alle teams van de school", "Teams die je volgt");
    }

    @Test
    void adminSeesTheAdminPartAndNoTeams() {
        loginAs(DemoLogins.ADMIN);

        assertThat(sectionTitles()).containsExactly("Beheer");
        assertThat(_find(ListItem.class)).isEmpty();
    }

    @Test
    void shellShowsSchoolNameAndRoles() {
        loginAs(DemoLogins.KEYPLAYER_LEADER);

        assertThat(textOf(_get(MainLayout.class))).contains("OBS De Linde", "schoolleider");
    }

    @Test
    void languageChoiceIsRememberedForTheNextScreen() {
        // Karin is a teacher and a school coach.
        loginAs(DemoLogins.COACH);
        pressInHeader("language-en");
        loginAs(DemoLogins.COACH);

        assertThat(sectionTitles()).containsExactly("Your teams", "All teams of the school");
        assertThat(textOf(_get(MainLayout.class))).contains("Sign out");
        pressInHeader("language-nl");
    }

    @Test
    void anonymousVisitorIsSentToTheLoginPage() {
        UI.getCurrent().navigate("");

        assertThat(_find(com.vaadin.flow.component.login.LoginForm.class)).hasSize(1);
    }

    private void pressInHeader(String act) {
        _get(MainLayout.class).press(act);
    }

    private static List<String> sectionTitles() {
        return _find(H2.class).stream().map(H2::getText).toList();
    }
}
