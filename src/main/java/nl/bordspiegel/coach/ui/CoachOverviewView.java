package nl.bordspiegel.coach.ui;

import java.io.ByteArrayInputStream;
import java.text.NumberFormat;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Locale;

import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;

import jakarta.annotation.security.RolesAllowed;
import nl.bordspiegel.coach.CoachOverview;
import nl.bordspiegel.coach.TeamStatus;
import nl.bordspiegel.shared.Role;

/** All teams of the school on one page; a team that needs attention says why. */
@Route("coach")
@RolesAllowed(Role.Names.COACH)
class CoachOverviewView extends VerticalLayout implements HasDynamicTitle {

    final Grid<TeamStatus> grid = new Grid<>();

    CoachOverviewView(CoachOverview overview) {
        addClassName("coach-overview");
        setSizeFull();
        List<TeamStatus> teams = overview.teams();
        long needAttention = teams.stream().filter(TeamStatus::needsAttention).count();
        Paragraph attention = new Paragraph(getTranslation("coach.overview.attentionCount", needAttention));
        attention.addClassName(needAttention > 0 ? "coach-attention-summary" : "coach-ok-summary");
        add(new H1(getTranslation("coach.overview.title")),
                new Paragraph(getTranslation("coach.overview.intro", CoachOverview.WEEKS)), attention,
                toolbar(overview), grid(teams));
    }

    private HorizontalLayout toolbar(CoachOverview overview) {
        // Read now: the download request runs outside this screen's UI.
        Locale locale = getLocale();
        String fileName = getTranslation("coach.csv.fileName");
        Anchor csv = new Anchor(DownloadHandler.fromInputStream(download -> {
            byte[] bytes = overview.csv(locale);
            return new DownloadResponse(new ByteArrayInputStream(bytes), fileName, "text/csv;charset=UTF-8",
                    bytes.length);
        }), AttachmentType.DOWNLOAD, "");
        csv.add(VaadinIcon.DOWNLOAD.create(), new Span(getTranslation("coach.overview.csv")));
        csv.addClassName("coach-csv");
        RouterLink write = new RouterLink(getTranslation("coach.overview.writeUpdate"), CoachUpdatesView.class);
        HorizontalLayout toolbar = new HorizontalLayout(csv, write);
        toolbar.setAlignItems(Alignment.CENTER);
        return toolbar;
    }

    private Grid<TeamStatus> grid(List<TeamStatus> teams) {
        grid.addComponentColumn(team -> new RouterLink(team.teamName(), TeamTrendView.class, team.teamId()))
                .setHeader(getTranslation("coach.column.team")).setKey("team").setFrozen(true).setAutoWidth(true)
                .setComparator(TeamStatus::teamName);
        grid.addComponentColumn(this::attention).setHeader(getTranslation("coach.column.attention"))
                .setKey("attention").setAutoWidth(true).setComparator(team -> -team.attention().size());
        number("held", "coach.column.held", TeamStatus::sessionsHeld);
        number("cancelled", "coach.column.cancelled", TeamStatus::sessionsCancelled);
        number("missing", "coach.column.missing", TeamStatus::weeksMissing);
        grid.addColumn(team -> percent(team.teacherAttendance())).setKey("teacherAttendance")
                .setHeader(getTranslation("coach.column.teacherAttendance")).setTextAlign(ColumnTextAlign.END)
                .setComparator(Comparator.comparing(TeamStatus::teacherAttendance, Comparator.nullsFirst(Double::compare)));
        grid.addColumn(team -> percent(team.leaderAttendance())).setKey("leaderAttendance")
                .setHeader(getTranslation("coach.column.leaderAttendance")).setTextAlign(ColumnTextAlign.END)
                .setComparator(Comparator.comparing(TeamStatus::leaderAttendance, Comparator.nullsFirst(Double::compare)));
        grid.addColumn(team -> getTranslation("coach.leads", team.differentLeads(), team.sessionsHeld()))
                .setKey("leads").setHeader(getTranslation("coach.column.leads")).setAutoWidth(true)
                .setComparator(TeamStatus::differentLeads);
        number("open", "coach.column.open", TeamStatus::openActions);
        number("overdue", "coach.column.overdue", TeamStatus::overdueActions);
        number("done", "coach.column.done", TeamStatus::doneActions);
        NumberFormat days = NumberFormat.getNumberInstance(getLocale());
        days.setMaximumFractionDigits(1);
        grid.addColumn(team -> team.medianDaysToClose() == null ? getTranslation("coach.none")
                        : days.format(team.medianDaysToClose()))
                .setKey("median").setHeader(getTranslation("coach.column.median")).setTextAlign(ColumnTextAlign.END)
                .setComparator(Comparator.comparing(TeamStatus::medianDaysToClose, Comparator.nullsFirst(Double::compare)));
        grid.addColumn(team -> getTranslation("coach.goals", team.goalsOnTrack(), team.goalsRunning()))
                .setKey("goals").setHeader(getTranslation("coach.column.goals"))
                .setComparator(TeamStatus::goalsOnTrack);
        grid.addColumn(team -> team.lastSession() == null ? getTranslation("coach.none")
                        : Charts.date(team.lastSession(), getLocale()))
                .setKey("lastSession").setHeader(getTranslation("coach.column.lastSession")).setAutoWidth(true)
                .setComparator(Comparator.comparing(TeamStatus::lastSession, Comparator.nullsFirst(Comparator.naturalOrder())));
        grid.getColumns().forEach(column -> column.setResizable(true));
        grid.setPartNameGenerator(team -> team.needsAttention() ? "needs-attention" : null);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setItems(teams);
        grid.setAllRowsVisible(true);
        CompactColumns.apply(grid, Map.ofEntries(Map.entry("cancelled", 1500), Map.entry("median", 1500),
                Map.entry("done", 1500), Map.entry("leads", 1700), Map.entry("goals", 1500),
                Map.entry("leaderAttendance", 1300), Map.entry("lastSession", 1300),
                Map.entry("held", 760), Map.entry("open", 760), Map.entry("teacherAttendance", 760)));
        return grid;
    }

    private void number(String key, String header, java.util.function.ToIntFunction<TeamStatus> value) {
        grid.addColumn(team -> value.applyAsInt(team)).setKey(key).setHeader(getTranslation(header))
                .setTextAlign(ColumnTextAlign.END).setComparator(Comparator.comparingInt(value));
    }

    private Div attention(TeamStatus team) {
        Div badges = new Div();
        badges.addClassName("coach-badges");
        if (!team.needsAttention()) {
            Span ok = new Span(getTranslation("coach.ok"));
            ok.getElement().getThemeList().add("badge success");
            badges.add(ok);
        }
        team.attention().forEach(reason -> {
            Span badge = new Span(VaadinIcon.WARNING.create(), new Span(reason.text(getLocale())));
            badge.getElement().getThemeList().add("badge error");
            badge.addClassName("coach-attention");
            badges.add(badge);
        });
        return badges;
    }

    private String percent(Double rate) {
        return rate == null ? getTranslation("coach.none") : Math.round(rate * 100) + "%";
    }

    @Override
    public String getPageTitle() {
        return getTranslation("coach.overview.title") + " · " + getTranslation("app.name");
    }
}
