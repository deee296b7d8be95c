package nl.bordspiegel.session.ui;

import java.time.Clock;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyModifier;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.shared.Registration;

import jakarta.annotation.security.PermitAll;
import nl.bordspiegel.board.ActionReview;
import nl.bordspiegel.board.Board;
import nl.bordspiegel.board.BoardPresence;
import nl.bordspiegel.board.BoardService;
import nl.bordspiegel.school.PersonSummary;
import nl.bordspiegel.session.AgendaItem;
import nl.bordspiegel.session.AgendaKind;
import nl.bordspiegel.session.RunningSession;
import nl.bordspiegel.session.SessionChanged;
import nl.bordspiegel.session.SessionConflictException;
import nl.bordspiegel.session.SessionService;
import nl.bordspiegel.session.SessionState;
import nl.bordspiegel.session.SessionSummary;
import nl.bordspiegel.shared.BoardBroadcaster;
import nl.bordspiegel.shared.BoardEvent;
import nl.bordspiegel.shared.InputErrors;
import nl.bordspiegel.shared.PresentNow;
import nl.bordspiegel.shared.TypedChoice;
import nl.bordspiegel.shared.Vocabulary.AttendanceMark;
import nl.bordspiegel.shared.Vocabulary.IdeaStatus;

/**
 * Session mode: before the start the team picks who leads and may edit its agenda; during
 * the session a timer, the current step with its hint, attendance and the review of open
 * actions one by one; after closing, the one-screen summary. Every open screen follows.
 * The panels fire events; this view alone talks to the services.
 */
@Route("bord/:team([0-9]+)/sessie")
@PermitAll
class SessionView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final SessionService sessions;
    private final BoardService boards;
    private final BoardBroadcaster live;
    private final Clock clock;
    private final SessionClock sessionClock = new SessionClock();
    private final Div body = new Div();
    private long teamId;
    private RunningSession running;
    private SessionSummary closed;
    /** This screen's walk through the open actions; a new one for each session. */
    private ActionReviewPanel review = new ActionReviewPanel();
    private long reviewOfSession = -1;
    /** This screen's attendance panel; kept while other screens mark, so typing here is not lost. */
    private AttendancePanel attendance;
    private long attendanceOfSession = -1;
    private String title = "";
    private Registration subscription;
    /*
     * The session shares the board's presence (keyed by team), not a presence of its own: a
     * team's board and its session are one place, the session writes onto that board, and
     * someone on the board should see that the team is in session, and the other way round.
     */
    private final BoardPresence presence;
    private final PresentNow present = new PresentNow();
    private Registration presentHere;
    private boolean joined;
    // Kept across re-renders: a click right after another change must not land on a replaced button.
    private final Button previous = new Button();
    private final Button next = new Button();
    private final Button close = new Button();
    /** Set by this screen's own step change: the keyboard focus then goes to the new step's heading. */
    private boolean focusStep;

    SessionView(SessionService sessions, BoardService boards, BoardBroadcaster live, BoardPresence presence,
                Clock clock) {
        this.clock = clock;
        this.presence = presence;
        this.sessions = sessions;
        this.boards = boards;
        this.live = live;
        addClassName("session-view");
        body.setWidthFull();
        previous.setText(getTranslation("session.previous"));
        previous.setId("session-previous");
        previous.addClickListener(click -> goTo(running.currentStep() - 1));
        next.setText(getTranslation("session.next"));
        next.setIcon(VaadinIcon.ARROW_RIGHT.create());
        next.setId("session-next");
        next.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        next.addClickListener(click -> goTo(running.currentStep() + 1));
        // From anywhere in the session, without tabbing back to the buttons.
        next.addClickShortcut(Key.KEY_N, KeyModifier.ALT);
        next.getElement().setAttribute("aria-keyshortcuts", "Alt+N");
        next.getElement().setAttribute("title", getTranslation("session.nextShortcut"));
        previous.addClickShortcut(Key.KEY_P, KeyModifier.ALT);
        previous.getElement().setAttribute("aria-keyshortcuts", "Alt+P");
        close.setText(getTranslation("session.close"));
        close.setIcon(VaadinIcon.CHECK.create());
        close.setId("session-close");
        close.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SUCCESS);
        close.addClickListener(click -> confirmClose());
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        teamId = event.getRouteParameters().getLong("team").orElse(-1L);
        removeAll();
        if (!sessions.canOpen(teamId)) {
            title = getTranslation("board.refused.title");
            add(new H1(title), new Paragraph(getTranslation("board.refused.text")));
            addClassName("board-refused");
            return;
        }
        title = boards.board(teamId).team().name();
        Anchor back = new Anchor("bord/" + teamId, getTranslation("session.backToBoard"));
        back.getElement().setAttribute("router-link", true);
        back.setId("session-back");
        HorizontalLayout head = new HorizontalLayout(new H1(getTranslation("session.title", title)), back, present);
        head.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        add(head, body);
        running = sessions.running(teamId).orElse(null);
        if (running != null && !joined) {
            sessions.join(running.id());
            joined = true;
            running = sessions.running(teamId).orElse(null);
        }
        render();
    }

    private void render() {
        body.removeAll();
        if (closed != null) {
            body.add(summary(closed));
        } else if (running != null) {
            body.add(runningSession());
        } else {
            body.add(beforeStart());
        }
    }

    private void reload() {
        running = sessions.running(teamId).orElse(null);
        render();
    }

    // ---- before the start --------------------------------------------------------------

    private Component beforeStart() {
        StartPanel start = new StartPanel(sessions.mayLead(teamId), boards.board(teamId).signedInPersonId(),
                sessions.recentlyLed(teamId, 6));
        start.addStartListener(event -> {
            try {
                sessions.start(teamId, event.leader().id());
            } catch (DataIntegrityViolationException startedElsewhere) {
                // Another screen started at the same moment; the database kept one session: join it.
                Notification.show(getTranslation("session.startedElsewhere"));
                sessions.running(teamId).ifPresent(other -> sessions.join(other.id()));
            }
            joined = true;
            focusStep = true;
            reload();
        });
        AgendaEditor agenda = new AgendaEditor(sessions.agenda(teamId));
        agenda.addSaveListener(event -> {
            if (agenda.form().submit(() -> sessions.saveAgenda(teamId, event.steps()))) {
                Notification.show(getTranslation("session.agenda.saved"));
                agenda.saved(sessions.agenda(teamId));
            }
        });
        CancelForm cancel = new CancelForm();
        cancel.addCancelListener(event -> {
            if (cancel.form().submit(() -> closed = sessions.summary(sessions.cancel(teamId, null, event.reason())))) {
                render();
            }
        });
        VerticalLayout before = new VerticalLayout(start, agenda, cancel);
        before.setPadding(false);
        return before;
    }

    // ---- running -----------------------------------------------------------------------

    private Component runningSession() {
        RunningSession session = running;
        ComboBox<PersonSummary> leader = new ComboBox<>(getTranslation("session.ledBy"), session.mayLead());
        leader.setItemLabelGenerator(PersonSummary::name);
        TypedChoice.accepting(leader, getLocale());
        leader.setId("session-running-leader");
        session.mayLead().stream().filter(p -> p.id() == session.ledById()).findFirst().ifPresent(leader::setValue);
        leader.addValueChangeListener(change -> {
            if (change.getValue() != null) {
                guarded(() -> sessions.changeLeader(session.id(), change.getValue().id()));
                reload();
            }
        });
        sessionClock.show(session, clock);
        HorizontalLayout top = new HorizontalLayout(sessionClock, leader);
        top.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        top.addClassName("session-top");

        // One grid: three columns on a wide screen; on a phone the step first, then attendance, then the agenda.
        Div agendaColumn = new Div(new AgendaProgress(session));
        agendaColumn.addClassName("session-agenda");
        Div main = new Div(currentStep(session), attendance(session), agendaColumn);
        main.addClassName("session-running");
        VerticalLayout layout = new VerticalLayout(top, main);
        layout.setPadding(false);
        return layout;
    }

    private Component currentStep(RunningSession session) {
        AgendaItem step = session.agenda().get(session.currentStep());
        H2 stepTitle = new H2(StepTexts.name(this, step));
        stepTitle.setId("session-step-title");
        stepTitle.getElement().setAttribute("tabindex", "-1");
        if (focusStep) {
            focusStep = false;
            stepTitle.getElement().executeJs("this.focus()");
        }
        Paragraph hint = new Paragraph(getTranslation("session.hint", session.currentStep() + 1,
                session.agenda().size(), step.minutes(), session.plannedEndOfStep(session.currentStep()))
                + " " + getTranslation("session.hint." + step.kind()));
        hint.addClassName("session-hint");
        previous.setEnabled(session.currentStep() > 0);
        next.setVisible(!session.lastStep());
        close.setVisible(session.lastStep());
        HorizontalLayout controls = new HorizontalLayout(previous, next, close);
        controls.addClassName("session-controls");
        VerticalLayout current = new VerticalLayout(stepTitle, hint, stepContent(step.kind()), controls);
        current.setPadding(false);
        current.addClassName("session-current");
        return current;
    }

    private void goTo(int step) {
        if (running == null || step < 0 || step >= running.agenda().size()) {
            return;
        }
        guarded(() -> sessions.goToStep(running.id(), step));
        focusStep = true;
        reload();
    }

    private Component stepContent(AgendaKind kind) {
        return switch (kind) {
            case OPEN_ACTIONS -> review();
            case SUCCESSES -> successes();
            case GOALS -> goals();
            case NEW_ITEMS -> newItems();
            default -> new Div();
        };
    }

    private Component review() {
        if (reviewOfSession != running.id()) {
            review = new ActionReviewPanel();
            reviewOfSession = running.id();
            review.addReviewListener(event -> reviewAction(event));
            // The skip button is gone with the action it skipped: the focus goes back to the step's heading.
            review.addSkipListener(event -> {
                focusStep = true;
                render();
            });
        }
        review.show(boards.openActions(teamId));
        return review;
    }

    private void reviewAction(ActionReviewPanel.ReviewEvent event) {
        try {
            sessions.reviewAction(running.id(), event.action().id(), event.action().version(), event.decision(),
                    event.newDue());
            review.reviewed(event.action().id(), boards.openActions(teamId));
        } catch (OptimisticLockingFailureException conflict) {
            // The card changed, or another screen already reviewed it or closed the session.
            Notification.show(getTranslation("board.conflict"), 5000, Notification.Position.MIDDLE)
                    .addThemeVariants(NotificationVariant.LUMO_WARNING);
        }
        // The pressed button is rebuilt away: the keyboard focus goes back to the step's heading.
        focusStep = true;
        reload();
    }

    private Component successes() {
        Board board = boards.board(teamId);
        SuccessesStep step = new SuccessesStep(board);
        step.addSuccessListener(event -> added(event.getSource().form(),
                () -> boards.addSuccess(teamId, board.signedInPersonId(), event.text())));
        return step;
    }

    private Component goals() {
        GoalsStep step = new GoalsStep(boards.board(teamId));
        step.addMeasureListener(event -> {
            boards.addMeasurement(event.goalId(), null, event.value());
            focusStep = true;
            reload();
        });
        return step;
    }

    private Component newItems() {
        Board board = boards.board(teamId);
        NewItemsStep step = new NewItemsStep(board);
        step.addAdoptListener(event -> {
            try {
                boards.decideIdea(event.idea().id(), event.idea().version(), IdeaStatus.ADOPTED);
            } catch (OptimisticLockingFailureException late) {
                Notification.show(getTranslation("board.conflict"));
            }
            focusStep = true;
            reload();
        });
        step.addIdeaListener(event -> added(event.getSource().form(),
                () -> boards.addIdea(teamId, board.signedInPersonId(), event.text())));
        step.addNewActionListener(event -> added(step.actionForm(),
                () -> boards.addAction(teamId, board.signedInPersonId(), event.title(), event.ownerId(), event.due())));
        return step;
    }

    /** A card added during the session redraws the step; a refused one stays typed, with its reason on the field. */
    private void added(InputErrors.Form form, Runnable add) {
        if (form.submit(add)) {
            focusStep = true;
            reload();
        }
    }

    /**
     * Everyone expected: members pre-filled present, leaders absent until marked. The panel
     * stays across updates from other screens, so a reason typed here is not lost.
     */
    private Component attendance(RunningSession session) {
        if (attendance != null && attendanceOfSession == session.id() && attendance.shows(session.attendance())) {
            attendance.update(session.attendance());
            return attendance;
        }
        AttendancePanel panel = new AttendancePanel(session.attendance());
        panel.addEveryonePresentListener(event -> {
            guarded(() -> panel.form().submit(() -> running.attendance().forEach(line ->
                    sessions.mark(running.id(), line.personId(), AttendanceMark.PRESENT, ""))));
            reload();
        });
        panel.addMarkListener(event -> guarded(() -> panel.form(event.personId()).submit(() ->
                sessions.mark(running.id(), event.personId(), event.mark(), event.reason()))));
        attendance = panel;
        attendanceOfSession = session.id();
        return panel;
    }

    /** Closing is recorded for the team: the room confirms it first. */
    private void confirmClose() {
        if (running == null) {
            return;
        }
        ConfirmDialog confirm = new ConfirmDialog(getTranslation("session.close.confirm.title"),
                getTranslation("session.close.confirm.text"), getTranslation("session.close.confirm.yes"),
                event -> closeSession());
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("session.close.confirm.no"));
        confirm.setId("session-close-confirm");
        confirm.open();
    }

    private void closeSession() {
        if (running == null) {
            return;
        }
        try {
            closed = sessions.close(running.id());
            running = null;
        } catch (SessionConflictException closedElsewhere) {
            closed = sessions.summary(running.id());
            running = null;
        }
        render();
    }

    /**
     * A write another screen beat us to: the user is told and the screen keeps what was typed;
     * the change from the other screen arrives by the broadcaster. Refused input is a form's
     * business ({@link nl.bordspiegel.shared.InputErrors.Form}), not this method's.
     */
    private void guarded(Runnable write) {
        try {
            write.run();
        } catch (OptimisticLockingFailureException conflict) {
            Notification.show(getTranslation("session.conflict"), 5000, Notification.Position.MIDDLE)
                    .addThemeVariants(NotificationVariant.LUMO_WARNING);
        }
    }

    // ---- the record --------------------------------------------------------------------

    private Component summary(SessionSummary summary) {
        VerticalLayout view = SessionSummaryPanel.of(summary, this::getTranslation, getLocale());
        if (summary.correctable()) {
            view.add(corrections(summary));
        }
        Anchor board = new Anchor("bord/" + teamId, getTranslation("session.backToBoard"));
        board.getElement().setAttribute("router-link", true);
        Button again = new Button(getTranslation("session.new"), click -> {
            closed = null;
            reload();
        });
        again.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        view.add(new HorizontalLayout(board, again));
        return view;
    }

    /** For the rest of the day: attendance and who led, or undo the close. Each is recorded by the service. */
    private Component corrections(SessionSummary summary) {
        CorrectionPanel panel = new CorrectionPanel(summary, sessions.mayLead(teamId));
        panel.attendance().addMarkListener(event -> corrected(panel.attendance().form(event.personId()), () ->
                sessions.correctAttendance(summary.id(), event.personId(), event.mark(), event.reason())));
        panel.attendance().addEveryonePresentListener(event -> corrected(panel.form(), () ->
                summary.attendance().forEach(line ->
                        sessions.correctAttendance(summary.id(), line.personId(), AttendanceMark.PRESENT, ""))));
        panel.addLeaderListener(event -> corrected(panel.form(), () ->
                sessions.correctLeader(summary.id(), event.personId())));
        panel.addReopenListener(event -> {
            if (panel.form().submit(() -> sessions.reopen(summary.id()))) {
                Notification.show(getTranslation("session.reopened"));
                closed = null;
                reload();
            }
        });
        return panel;
    }

    /** A correction that went through redraws the record; a refused one stays on screen with its reason. */
    private void corrected(InputErrors.Form form, Runnable correction) {
        if (form.submit(correction)) {
            Notification.show(getTranslation("session.corrected"));
            closed = sessions.summary(closed.id());
            render();
        }
    }

    @Override
    protected void onAttach(AttachEvent attach) {
        UI ui = attach.getUI();
        if (teamId <= 0 || !sessions.canOpen(teamId)) {
            return;
        }
        subscription = live.register(teamId, ui, change -> ui.access(() -> follow(change)));
        Board board = boards.board(teamId);
        long me = board.signedInPersonId();
        String name = board.authors().stream().filter(p -> p.id() == me).map(PersonSummary::name).findFirst()
                .orElse("–");
        Runnable showPresent = () -> present.show(presence.othersThan(teamId, me));
        presentHere = presence.enter(teamId, new BoardPresence.Viewer(me, name), () -> ui.access(showPresent::run));
        showPresent.run();
    }

    /**
     * A change on another screen: the session moved on, closed (this screen shows the
     * summary too), was corrected, or its close was undone (back to the running session).
     */
    private void follow(BoardEvent change) {
        if (closed != null) {
            if (change instanceof SessionChanged) {
                SessionSummary now = sessions.summary(closed.id());
                closed = now.state() == SessionState.RUNNING ? null : now;
                reload();
            }
            return;
        }
        if (!(change instanceof SessionChanged) && running == null) {
            return;
        }
        Long was = running == null ? null : running.id();
        reload();
        if (was != null && (running == null || running.id() != was)) {
            SessionSummary ended = sessions.summary(was);
            if (ended.state() != SessionState.RUNNING) {
                closed = ended;
                running = null;
                render();
            }
        }
    }

    @Override
    protected void onDetach(DetachEvent detach) {
        if (subscription != null) {
            subscription.remove();
            subscription = null;
        }
        if (presentHere != null) {
            presentHere.remove();
            presentHere = null;
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("session.title", title) + " · " + getTranslation("app.name");
    }
}
