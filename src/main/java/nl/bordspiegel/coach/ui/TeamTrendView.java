package nl.bordspiegel.coach.ui;

import java.util.List;

import org.springframework.security.access.AccessDeniedException;

import com.vaadin.flow.component.Svg;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;

import jakarta.annotation.security.RolesAllowed;
import nl.bordspiegel.coach.CoachOverview;
import nl.bordspiegel.coach.CoachUpdateView;
import nl.bordspiegel.coach.CoachUpdates;
import nl.bordspiegel.coach.TeamStatus;
import nl.bordspiegel.coach.TeamTrend;
import nl.bordspiegel.shared.Role;

/** One team through the coach's eyes: its trend over the year and its board, read-only. */
@Route("coach/team")
@RolesAllowed(Role.Names.COACH)
class TeamTrendView extends VerticalLayout implements HasUrlParameter<Long>, HasDynamicTitle {

    private final CoachOverview overview;
    private final CoachUpdates updates;
    private String title = "";

    TeamTrendView(CoachOverview overview, CoachUpdates updates) {
        this.overview = overview;
        this.updates = updates;
        addClassName("coach-team");
    }

    @Override
    public void setParameter(BeforeEvent event, Long teamId) {
        TeamTrend trend;
        try {
            trend = overview.trend(teamId);
        } catch (AccessDeniedException refused) {
            // The same answer for another school's team and a team that does not exist.
            event.rerouteToError(NotFoundException.class);
            return;
        }
        removeAll();
        TeamStatus status = trend.status();
        title = status.teamName();
        add(new RouterLink(getTranslation("coach.team.back"), CoachOverviewView.class),
                new H1(getTranslation("coach.team.title", status.teamName())),
                summary(status), links(teamId), attention(status),
                new H2(getTranslation("coach.team.attendanceChart")), chart(trend.weeks().isEmpty(),
                        Charts.attendance(trend.weeks(), getLocale(), this::getTranslation)),
                new H2(getTranslation("coach.team.actionsChart")), chart(trend.actionWeeks().isEmpty(),
                        Charts.actions(trend.actionWeeks(), getLocale(), this::getTranslation)),
                new H2(getTranslation("coach.team.openActions")), openActions(trend.openActions()),
                new H2(getTranslation("coach.team.goals")), goals(trend.goals()),
                new H2(getTranslation("coach.team.updates")), updates(updates.aboutTeam(teamId, 10)));
    }

    private Paragraph summary(TeamStatus status) {
        return new Paragraph(getTranslation("coach.team.summary", CoachOverview.WEEKS, status.sessionsHeld(),
                status.sessionsCancelled(), status.weeksMissing(), status.lastSession() == null
                        ? getTranslation("coach.none") : Charts.date(status.lastSession(), getLocale())));
    }

    private HorizontalLayout links(long teamId) {
        // The board is the board feature's route; linked by path so the two features stay apart.
        Anchor board = new Anchor("bord/" + teamId, getTranslation("coach.team.board"));
        board.addClassName("coach-board-link");
        RouterLink write = new RouterLink(getTranslation("coach.team.writeUpdate"), CoachUpdatesView.class);
        write.setQueryParameters(QueryParameters.of(CoachUpdatesView.TEAM_PARAMETER, String.valueOf(teamId)));
        return new HorizontalLayout(board, write);
    }

    private Div attention(TeamStatus status) {
        Div badges = new Div();
        badges.addClassName("coach-badges");
        status.attention().forEach(reason -> {
            Span badge = new Span(VaadinIcon.WARNING.create(), new Span(reason.text(getLocale())));
            badge.getElement().getThemeList().add("badge error");
            badge.addClassName("coach-attention");
            badges.add(badge);
        });
        return badges;
    }

    private com.vaadin.flow.component.Component chart(boolean empty, String svg) {
        if (empty) {
            return new Paragraph(getTranslation("coach.chart.noData"));
        }
        Svg chart = new Svg(svg);
        chart.addClassName("coach-chart-box");
        return chart;
    }

    private com.vaadin.flow.component.Component openActions(List<TeamTrend.OpenAction> actions) {
        if (actions.isEmpty()) {
            return new Paragraph(getTranslation("coach.team.noOpenActions"));
        }
        Grid<TeamTrend.OpenAction> grid = new Grid<>();
        grid.addColumn(TeamTrend.OpenAction::title).setHeader(getTranslation("coach.action.title")).setFlexGrow(3);
        grid.addColumn(action -> action.owner() == null ? getTranslation("coach.none") : action.owner())
                .setHeader(getTranslation("coach.action.owner"));
        grid.addColumn(action -> action.due() == null ? getTranslation("coach.none") : Charts.date(action.due(), getLocale()))
                .setHeader(getTranslation("coach.action.due"));
        grid.addComponentColumn(action -> {
            Span state = new Span(action.overdue() ? getTranslation("coach.action.overdue")
                    : getTranslation("coach.action.status." + action.status()));
            state.getElement().getThemeList().add(action.overdue() ? "badge error" : "badge");
            return state;
        }).setHeader(getTranslation("coach.action.status"));
        grid.setItems(actions);
        grid.setAllRowsVisible(true);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addClassName("coach-open-actions");
        return grid;
    }

    private com.vaadin.flow.component.Component goals(List<TeamTrend.GoalProgress> goals) {
        if (goals.isEmpty()) {
            return new Paragraph(getTranslation("coach.team.noGoals"));
        }
        Grid<TeamTrend.GoalProgress> grid = new Grid<>();
        grid.addColumn(TeamTrend.GoalProgress::title).setHeader(getTranslation("coach.goal.title")).setFlexGrow(3);
        grid.addColumn(goal -> goal.measure() == null ? "" : goal.measure()).setHeader(getTranslation("coach.goal.measure"))
                .setFlexGrow(2);
        grid.addColumn(goal -> number(goal.target())).setHeader(getTranslation("coach.goal.target"));
        grid.addColumn(goal -> goal.latest() == null ? getTranslation("coach.none")
                : number(goal.latest()) + " (" + Charts.date(goal.latestOn(), getLocale()) + ")")
                .setHeader(getTranslation("coach.goal.latest"));
        grid.addComponentColumn(goal -> {
            Span state = new Span(getTranslation(goal.onTrack() ? "coach.goal.onTrack" : "coach.goal.notOnTrack"));
            state.getElement().getThemeList().add(goal.onTrack() ? "badge success" : "badge contrast");
            return state;
        }).setHeader(getTranslation("coach.goal.state"));
        grid.setItems(goals);
        grid.setAllRowsVisible(true);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addClassName("coach-goals");
        return grid;
    }

    private String number(Double value) {
        if (value == null) {
            return getTranslation("coach.none");
        }
        java.text.NumberFormat format = java.text.NumberFormat.getNumberInstance(getLocale());
        format.setMaximumFractionDigits(1);
        return format.format(value);
    }

    private com.vaadin.flow.component.Component updates(List<CoachUpdateView> about) {
        if (about.isEmpty()) {
            return new Paragraph(getTranslation("coach.team.noUpdates"));
        }
        Div list = new Div();
        about.forEach(update -> list.add(UpdateCard.of(update, getLocale(), this::getTranslation)));
        return list;
    }

    @Override
    public String getPageTitle() {
        return title + " · " + getTranslation("app.name");
    }
}
