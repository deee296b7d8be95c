package nl.bordspiegel.session.ui;

import java.io.ByteArrayInputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.stream.Collectors;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;

import jakarta.annotation.security.PermitAll;
import nl.bordspiegel.board.BoardTexts;
import nl.bordspiegel.session.HistoryWeek;
import nl.bordspiegel.session.SessionLine;
import nl.bordspiegel.session.SessionService;
import nl.bordspiegel.session.SessionState;

/**
 * A team's history, one row per week, newest first: sessions held, cancellations, and
 * weeks without any record. Rows are fetched page by page; a selected session shows its summary.
 */
@Route("bord/:team([0-9]+)/geschiedenis")
@PermitAll
class HistoryView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final SessionService sessions;
    private final Clock clock;
    private final Div summary = new Div();
    private String title = "";

    HistoryView(SessionService sessions, Clock clock) {
        this.sessions = sessions;
        this.clock = clock;
        addClassName("history-view");
        setSizeFull();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long teamId = event.getRouteParameters().getLong("team").orElse(-1L);
        removeAll();
        if (!sessions.canOpen(teamId)) {
            title = getTranslation("board.refused.title");
            add(new H1(title), new Paragraph(getTranslation("board.refused.text")));
            addClassName("board-refused");
            return;
        }
        title = getTranslation("session.history.title");
        Anchor board = new Anchor("bord/" + teamId, getTranslation("session.backToBoard"));
        board.getElement().setAttribute("router-link", true);
        Anchor csv = new Anchor(DownloadHandler.fromInputStream(download -> {
            byte[] bytes = sessions.historyCsv(teamId, getLocale());
            return new DownloadResponse(new ByteArrayInputStream(bytes), "sessies-" + teamId + ".csv",
                    "text/csv;charset=utf-8", bytes.length);
        }), getTranslation("session.csv.download"));
        csv.setId("history-csv");
        add(new HorizontalLayout(new H1(title), board, csv) {{
            setDefaultVerticalComponentAlignment(Alignment.BASELINE);
        }});
        var recent = sessions.recentlyLed(teamId, 8);
        if (!recent.isEmpty()) {
            Paragraph rotation = new Paragraph(getTranslation("session.rotation", recent.stream()
                    .map(line -> getTranslation("session.rotation.turn", line.ledByName() == null ? "–" : line.ledByName(),
                            BoardTexts.day(getLocale(), line.heldOn()))).collect(Collectors.joining(", "))));
            rotation.setId("history-rotation");
            add(rotation);
        }
        add(weeks(teamId), summary);
    }

    private Grid<HistoryWeek> weeks(long teamId) {
        Grid<HistoryWeek> grid = new Grid<>();
        grid.setId("history-grid");
        grid.addColumn(week -> getTranslation("session.history.week", week.monday().get(IsoFields.WEEK_OF_WEEK_BASED_YEAR),
                BoardTexts.date(getLocale(), week.monday()))).setHeader(getTranslation("session.history.weekHeader"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(this::what).setKey("what").setHeader(getTranslation("session.history.what"));
        // Lazy: the grid asks for the weeks it shows; the service reads only those weeks' sessions.
        grid.setItems(query -> sessions.history(teamId, query.getOffset(), query.getLimit()).stream(),
                query -> sessions.historyWeeks(teamId));
        grid.addItemClickListener(click -> click.getItem().sessions().stream().findFirst()
                .ifPresent(line -> showSummary(line.id())));
        grid.setHeight("28em");
        return grid;
    }

    private Span what(HistoryWeek week) {
        // The current week is not a gap yet: its session may still come.
        if (week.withoutRecord() && !week.monday().plusDays(7).isAfter(LocalDate.now(clock))) {
            Span gap = new Span(getTranslation("session.history.gap"));
            gap.addClassName("history-gap");
            return gap;
        }
        if (week.withoutRecord()) {
            return new Span(getTranslation("session.history.notYet"));
        }
        Span text = new Span(week.sessions().stream().map(this::describe).collect(Collectors.joining(" · ")));
        if (week.sessions().stream().allMatch(line -> line.state() == SessionState.CANCELLED)) {
            text.addClassName("history-cancelled");
        }
        return text;
    }

    private String describe(SessionLine line) {
        String day = BoardTexts.day(getLocale(), line.heldOn());
        return switch (line.state()) {
            case CANCELLED -> getTranslation("session.history.cancelled", day, line.cancelReason());
            case RUNNING -> getTranslation("session.history.running", day);
            case CLOSED -> getTranslation("session.history.held", day,
                    line.durationMinutes() == null ? "–" : line.durationMinutes(),
                    line.ledByName() == null ? "–" : line.ledByName(), line.present() + line.partial(),
                    line.present() + line.partial() + line.absent());
        };
    }

    void showSummary(long sessionId) {
        summary.removeAll();
        summary.add(SessionSummaryPanel.of(sessions.summary(sessionId), this::getTranslation, getLocale()));
    }

    @Override
    public String getPageTitle() {
        return title + " · " + getTranslation("app.name");
    }
}
