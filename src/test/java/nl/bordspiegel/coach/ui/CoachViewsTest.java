package nl.bordspiegel.coach.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.Svg;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.RouterLink;

import nl.bordspiegel.DemoLogins;
import nl.bordspiegel.KaribuTest;
import nl.bordspiegel.coach.TeamStatus;

class CoachViewsTest extends KaribuTest {

    @Autowired
    private JdbcTemplate jdbc;

    @Test
    void coachSeesEveryDemoTeamWithTheOnesNeedingAttentionFirstAndWhy() {
        loginAs(DemoLogins.COACH);
        UI.getCurrent().navigate("coach");

        CoachOverviewView view = _get(CoachOverviewView.class);
        List<TeamStatus> rows = GridKt._findAll(view.grid);
        assertThat(rows).hasSize(5);
        assertThat(rows).extracting(TeamStatus::teamName).contains("Groep 1-2", "Kernteam Rekenen");
        int firstCalm = (int) rows.stream().takeWhile(TeamStatus::needsAttention).count();
        assertThat(rows.subList(firstCalm, rows.size())).noneMatch(TeamStatus::needsAttention);
        assertThat(_get(H1.class).getText()).isEqualTo("Teamoverzicht");
        assertThat(_find(Anchor.class)).anyMatch(anchor -> anchor.hasClassName("coach-csv"));
        assertThat(view.grid.getColumns()).allMatch(column -> column.isSortable());
    }

    @Test
    void theOverviewNeverShowsALeadersPattern() {
        loginAs(DemoLogins.COACH);
        UI.getCurrent().navigate("coach");

        String page = UI.getCurrent().getElement().getOuterHTML() + _find(Span.class).stream().map(Span::getText).toList();
        assertThat(page).doesNotContain("Sleutelspeler", "Teamspeler", "Ondersteuner");
    }

    @Test
    void aTeamIsTwoClicksAwayAndItsPageShowsChartsActionsAndTheBoardLink() {
        loginAs(DemoLogins.COACH);
        UI.getCurrent().navigate("coach");
        CoachOverviewView overview = _get(CoachOverviewView.class);
        List<TeamStatus> rows = GridKt._findAll(overview.grid);
        int row = rows.stream().map(TeamStatus::teamName).toList().indexOf("Groep 5-6");
        RouterLink team = (RouterLink) GridKt._getCellComponent(overview.grid, row, "team");
        UI.getCurrent().navigate(team.getHref());

        TeamTrendView page = _get(TeamTrendView.class);
        assertThat(_get(H1.class).getText()).isEqualTo("Groep 5-6");
        List<Svg> charts = _find(Svg.class);
        assertThat(charts).hasSize(2);
        String attendance = charts.get(0).getElement().getProperty("innerHTML", "")
                + charts.get(0).getElement().getOuterHTML();
        assertThat(attendance).contains("class=\"bar teachers\"").contains("class=\"bar leaders\"");
        long teamId = Long.parseLong(team.getHref().replaceAll("\\D", ""));
        assertThat(_find(Anchor.class)).anyMatch(anchor -> anchor.getHref().equals("bord/" + teamId));
        assertThat(page.getPageTitle()).startsWith("Groep 5-6");
    }

    @Test
    void anotherSchoolsTeamIsNotFound() {
        loginAs(DemoLogins.COACH);
        Long other = jdbc.queryForObject("select max(id) from team", Long.class) + 1000;

        UI.getCurrent().navigate("coach/team/" + other);

        assertThat(shownViews()).noneMatch(TeamTrendView.class::isInstance);
    }

    @Test
    void aTeacherCannotOpenTheOverview() {
        loginAs(DemoLogins.TEACHER);

        UI.getCurrent().navigate("coach");

        assertThat(shownViews()).isNotEmpty().noneMatch(CoachOverviewView.class::isInstance);
    }

    @Test
    void writingAnUpdateFromTheTeamPageAddressesItsLeadersAndTheLeaderReadsItAtHome() {
        loginAs(DemoLogins.COACH);
        long groep78 = jdbc.queryForObject("select id from team where name = 'Groep 7-8'", Long.class);
        UI.getCurrent().navigate("coach/updates", QueryParameters.of("team", String.valueOf(groep78)));
        CoachUpdatesView view = _get(CoachUpdatesView.class);
        assertThat(view.form.team.getValue().name()).isEqualTo("Groep 7-8");
        assertThat(view.form.leaders.getValue()).extracting(leader -> leader.name())
                .containsExactlyInAnyOrder("Erik Verhoeven", "Carla Huisman");
        String message = "Groep 7-8 heeft drie weken gemist; zullen we samen kijken? " + System.nanoTime();

        view.form.text.setValue(message);
        view.form.send.click();

        assertThat(view.form.text.getValue()).isEmpty();
        loginAs(DemoLogins.FACILITATOR_LEADER);
        assertThat(_find(Paragraph.class)).extracting(Paragraph::getText).contains(message);
        loginAs(DemoLogins.KEYPLAYER_LEADER);
        assertThat(_find(Paragraph.class)).extracting(Paragraph::getText).doesNotContain(message);
    }

    @Test
    void aTooLongUpdateSaysWhatToChangeAndKeepsEverythingTyped() {
        loginAs(DemoLogins.COACH);
        UI.getCurrent().navigate("coach/updates");
        CoachUpdatesView view = _get(CoachUpdatesView.class);
        String tooLong = "Lang verhaal. ".repeat(150);
        view.form.leaders.setValue(Set.of(view.form.leaders.getListDataView().getItems()
                .filter(leader -> leader.name().equals("Tom Prins")).findFirst().orElseThrow()));

        view.form.text.setValue(tooLong);
        view.form.send.click();

        assertThat(view.form.text.isInvalid()).isTrue();
        assertThat(view.form.text.getErrorMessage()).contains("hoogstens 2000 tekens");
        assertThat(view.form.text.getValue()).isEqualTo(tooLong);
        assertThat(view.form.leaders.getValue()).hasSize(1);

        view.form.leaders.clear();
        view.form.text.setValue("Kort.");
        view.form.send.click();
        assertThat(view.form.leaders.isInvalid()).isTrue();
        assertThat(view.form.leaders.getErrorMessage()).contains("ten minste een schoolleider");
        assertThat(view.form.text.getValue()).isEqualTo("Kort.");
    }

    @Test
    void theCoachSeesTheNavigationItemsAndATeacherDoesNot() {
        loginAs(DemoLogins.COACH);
        assertThat(navPaths()).contains("coach", "coach/updates");

        loginAs(DemoLogins.TEACHER);
        assertThat(navPaths()).doesNotContain("coach");
    }

    /** What the router shows now; read from its chain, as a refused view renders an error page instead. */
    private static List<com.vaadin.flow.component.HasElement> shownViews() {
        return UI.getCurrent().getInternals().getActiveRouterTargetsChain();
    }

    private static List<String> navPaths() {
        return List.copyOf(navigation().values());
    }
}
