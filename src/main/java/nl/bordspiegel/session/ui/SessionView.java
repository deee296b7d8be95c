package nl.bordspiegel.session.ui;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

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
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.shared.Registration;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.PermitAll;
import nl.bordspiegel.board.ActionCard;
import nl.bordspiegel.board.ActionReview;
import nl.bordspiegel.board.Board;
import nl.bordspiegel.board.BoardService;
import nl.bordspiegel.board.BoardTexts;
import nl.bordspiegel.board.GoalCard;
import nl.bordspiegel.board.IdeaCard;
import nl.bordspiegel.school.PersonSummary;
import nl.bordspiegel.session.AgendaItem;
import nl.bordspiegel.session.AgendaKind;
import nl.bordspiegel.session.AttendanceLine;
import nl.bordspiegel.session.RunningSession;
import nl.bordspiegel.session.SessionLine;
import nl.bordspiegel.session.SessionService;
import nl.bordspiegel.session.SessionSummary;
import nl.bordspiegel.shared.BoardBroadcaster;
import nl.bordspiegel.session.SessionChanged;
import nl.bordspiegel.shared.Vocabulary.AttendanceMark;
import nl.bordspiegel.shared.Vocabulary.IdeaStatus;
import nl.bordspiegel.shared.WidgetTexts;

/**
 * Session mode: before the start the team picks who leads and may edit its agenda; during
 * the session a timer, the current step with its hint, attendance and the review of open
 * actions one by one; after closing, the one-screen summary. Every open screen follows.
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
    /** Which open action the review is at; kept per screen, the record is in the board's change log. */
    private int reviewIndex;
    private String title = "";
    private Registration subscription;
    private boolean joined;
    // Kept across re-renders: a click right after another change must not land on a replaced button.
    private final Button previous = new Button();
    private final Button next = new Button();
    private final Button close = new Button();
    /** Set by this screen's own step change: the keyboard focus then goes to the new step's heading. */
    private boolean focusStep;

    SessionView(SessionService sessions, BoardService boards, BoardBroadcaster live, Clock clock) {
        this.clock = clock;
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
        close.addClickListener(click -> {
            if (running != null) {
                closed = sessions.close(running.id());
                running = null;
                render();
            }
        });
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
        add(new HorizontalLayout(new H1(getTranslation("session.title", title)), back) {{
            setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        }}, body);
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
        VerticalLayout start = new VerticalLayout();
        start.setPadding(false);
        List<PersonSummary> mayLead = sessions.mayLead(teamId);
        ComboBox<PersonSummary> leader = new ComboBox<>(getTranslation("session.whoLeads"), mayLead);
        leader.setItemLabelGenerator(PersonSummary::name);
        leader.setId("session-leader");
        long me = boards.board(teamId).signedInPersonId();
        mayLead.stream().filter(person -> person.id() == me).findFirst().ifPresent(leader::setValue);
        Button go = new Button(getTranslation("session.start"), VaadinIcon.PLAY.create(), click -> {
            if (leader.getValue() == null) {
                leader.setInvalid(true);
                leader.setErrorMessage(getTranslation("session.whoLeads.required"));
                return;
            }
            sessions.start(teamId, leader.getValue().id());
            joined = true;
            reviewIndex = 0;
            focusStep = true;
            reload();
        });
        go.setId("session-start");
        go.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
        start.add(new H2(getTranslation("session.startTitle")), rotation(), new HorizontalLayout(leader, go) {{
            setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        }}, agendaEditor(), cancelForm());
        return start;
    }

    /** Who led the last sessions: the team sees whether leading rotates. */
    private Component rotation() {
        List<SessionLine> recent = sessions.recentlyLed(teamId, 6);
        if (recent.isEmpty()) {
            return new Paragraph(getTranslation("session.rotation.none"));
        }
        List<String> turns = recent.stream().map(line -> getTranslation("session.rotation.turn",
                line.ledByName() == null ? "–" : line.ledByName(), BoardTexts.day(getLocale(), line.heldOn())))
                .toList();
        Paragraph rotation = new Paragraph(getTranslation("session.rotation", String.join(", ", turns)));
        rotation.setId("session-rotation");
        return rotation;
    }

    private Component agendaEditor() {
        List<AgendaItem> steps = new ArrayList<>(sessions.agenda(teamId));
        VerticalLayout editor = new VerticalLayout();
        editor.setPadding(false);
        editor.setId("agenda-editor");
        Runnable[] redraw = new Runnable[1];
        redraw[0] = () -> {
            editor.removeAll();
            editor.add(new H3(getTranslation("session.agenda.title", AgendaItem.plannedMinutes(steps))));
            for (int i = 0; i < steps.size(); i++) {
                int at = i;
                AgendaItem step = steps.get(i);
                TextField name = new TextField();
                name.setValue(stepName(step));
                name.setAriaLabel(getTranslation("session.agenda.name"));
                name.addClassName("agenda-name");
                name.addValueChangeListener(change -> steps.set(at, new AgendaItem(step.kind(),
                        change.getValue().equals(defaultName(step.kind())) ? null : change.getValue(),
                        steps.get(at).minutes())));
                IntegerField minutes = new IntegerField();
                minutes.setValue(step.minutes());
                minutes.setMin(0);
                minutes.setMax(60);
                minutes.setWidth("6em");
                minutes.setAriaLabel(getTranslation("session.agenda.minutes"));
                minutes.addValueChangeListener(change -> steps.set(at, new AgendaItem(steps.get(at).kind(),
                        steps.get(at).title(), change.getValue() == null ? 0 : change.getValue())));
                Button up = new Button(VaadinIcon.ARROW_UP.create(), click -> {
                    steps.add(at - 1, steps.remove(at));
                    redraw[0].run();
                });
                up.setEnabled(at > 0);
                up.setAriaLabel(getTranslation("session.agenda.up"));
                up.addClassName("agenda-up");
                up.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
                Button remove = new Button(VaadinIcon.TRASH.create(), click -> {
                    steps.remove(at);
                    redraw[0].run();
                });
                remove.setAriaLabel(getTranslation("session.agenda.remove"));
                remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
                remove.setEnabled(steps.size() > 1);
                editor.add(new HorizontalLayout(name, minutes, up, remove));
            }
            Button add = new Button(getTranslation("session.agenda.add"), click -> {
                steps.add(steps.size() - 1, new AgendaItem(AgendaKind.OTHER, getTranslation("session.agenda.newStep"), 2));
                redraw[0].run();
            });
            add.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            Button save = new Button(getTranslation("session.agenda.save"), click -> {
                try {
                    sessions.saveAgenda(teamId, steps);
                    Notification.show(getTranslation("session.agenda.saved"));
                    redraw[0].run();
                } catch (IllegalArgumentException invalid) {
                    error(getTranslation("session.agenda.invalid"));
                }
            });
            save.setId("agenda-save");
            editor.add(new HorizontalLayout(add, save));
        };
        redraw[0].run();
        return new com.vaadin.flow.component.details.Details(getTranslation("session.agenda.edit"), editor);
    }

    private Component cancelForm() {
        TextField reason = new TextField(getTranslation("session.cancel.reason"));
        reason.setId("session-cancel-reason");
        reason.setWidth("24em");
        Button cancel = new Button(getTranslation("session.cancel"), click -> {
            if (reason.getValue().isBlank()) {
                reason.setInvalid(true);
                reason.setErrorMessage(getTranslation("session.cancel.reasonRequired"));
                return;
            }
            long id = sessions.cancel(teamId, null, reason.getValue());
            closed = sessions.summary(id);
            render();
        });
        cancel.setId("session-cancel");
        cancel.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        return new com.vaadin.flow.component.details.Details(getTranslation("session.cancel.title"),
                new HorizontalLayout(reason, cancel) {{
                    setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
                }});
    }

    // ---- running -----------------------------------------------------------------------

    private Component runningSession() {
        RunningSession session = running;
        ComboBox<PersonSummary> leader = new ComboBox<>(getTranslation("session.ledBy"), session.mayLead());
        leader.setItemLabelGenerator(PersonSummary::name);
        leader.setId("session-running-leader");
        session.mayLead().stream().filter(p -> p.id() == session.ledById()).findFirst().ifPresent(leader::setValue);
        leader.addValueChangeListener(change -> {
            if (change.isFromClient() && change.getValue() != null) {
                sessions.changeLeader(session.id(), change.getValue().id());
                reload();
            }
        });
        sessionClock.show(session, clock);
        HorizontalLayout top = new HorizontalLayout(sessionClock, leader);
        top.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        top.addClassName("session-top");

        OrderedList agenda = new OrderedList();
        agenda.setId("session-agenda");
        for (int i = 0; i < session.agenda().size(); i++) {
            ListItem item = new ListItem(stepName(session.agenda().get(i)) + " · "
                    + getTranslation("session.minutes", session.agenda().get(i).minutes()));
            item.addClassName("session-step");
            if (i == session.currentStep()) {
                item.addClassName("current");
            } else if (i < session.currentStep()) {
                item.addClassName("done");
            }
            agenda.add(item);
        }
        AgendaItem step = session.agenda().get(session.currentStep());
        H2 stepTitle = new H2(stepName(step));
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

        // One grid: three columns on a wide screen; on a phone the step first, then attendance, then the agenda.
        Div agendaColumn = new Div(agenda);
        agendaColumn.addClassName("session-agenda");
        Div main = new Div(current, attendance(session), agendaColumn);
        main.addClassName("session-running");
        return new VerticalLayout(top, main) {{
            setPadding(false);
        }};
    }

    private void goTo(int step) {
        if (running == null || step < 0 || step >= running.agenda().size()) {
            return;
        }
        sessions.goToStep(running.id(), step);
        reviewIndex = 0;
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

    /** Open actions one by one: done, still open with a new date, or dropped. */
    private Component review() {
        List<ActionCard> open = boards.openActions(teamId);
        VerticalLayout review = new VerticalLayout();
        review.setPadding(false);
        review.setId("session-review");
        if (open.isEmpty() || reviewIndex >= open.size()) {
            review.add(new Paragraph(getTranslation(open.isEmpty() ? "session.review.none" : "session.review.done")));
            return review;
        }
        ActionCard action = open.get(reviewIndex);
        Paragraph which = new Paragraph(getTranslation("session.review.which", reviewIndex + 1, open.size()));
        H3 what = new H3(action.title());
        what.setId("session-review-action");
        if (action.overdue()) {
            what.addClassName("overdue");
        }
        Paragraph who = new Paragraph((action.ownerName() == null ? getTranslation("board.action.noOwner")
                : getTranslation("board.action.owner", action.ownerName())) + " · "
                + (action.dueOn() == null ? getTranslation("board.action.noDue")
                : getTranslation("board.action.due", BoardTexts.day(getLocale(), action.dueOn()))));
        Button done = new Button(getTranslation("session.review.doneButton"), click -> review(action, ActionReview.DONE, null));
        done.setId("review-done");
        done.addThemeVariants(ButtonVariant.LUMO_SUCCESS, ButtonVariant.LUMO_PRIMARY);
        // Done means someone did it: an action without an owner is not offered as done.
        done.setEnabled(action.ownerId() != null);
        DatePicker newDate = WidgetTexts.localised(new DatePicker(), getLocale());
        newDate.setPlaceholder(getTranslation("session.review.newDate"));
        newDate.setAriaLabel(getTranslation("session.review.newDate"));
        newDate.setId("review-new-date");
        Button postpone = new Button(getTranslation("session.review.postpone"), click -> {
            if (newDate.getValue() == null) {
                newDate.setInvalid(true);
                return;
            }
            review(action, ActionReview.NEW_DATE, newDate.getValue());
        });
        postpone.setId("review-postpone");
        Button drop = new Button(getTranslation("session.review.drop"), click -> review(action, ActionReview.DROPPED, null));
        drop.setId("review-drop");
        drop.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        Button skip = new Button(getTranslation("session.review.skip"), click -> {
            reviewIndex++;
            focusStep = true;
            render();
        });
        skip.setId("review-skip");
        skip.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        review.add(which, what, who, new HorizontalLayout(done, newDate, postpone, drop, skip) {{
            setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
            addClassName("session-review-buttons");
        }});
        return review;
    }

    private void review(ActionCard action, ActionReview decision, java.time.LocalDate newDue) {
        try {
            sessions.reviewAction(running.id(), action.id(), action.version(), decision, newDue);
            // A postponed action stays open: step past it; done and dropped ones leave the list.
            if (decision == ActionReview.NEW_DATE) {
                reviewIndex++;
            }
        } catch (OptimisticLockingFailureException conflict) {
            Notification.show(getTranslation("board.conflict"), 5000, Notification.Position.MIDDLE)
                    .addThemeVariants(NotificationVariant.LUMO_WARNING);
        } catch (IllegalStateException | IllegalArgumentException refused) {
            error(getTranslation("board.action.refused"));
        }
        // The pressed button is rebuilt away: the keyboard focus goes back to the step's heading.
        focusStep = true;
        reload();
    }

    private Component successes() {
        Board board = boards.board(teamId);
        VerticalLayout list = new VerticalLayout();
        list.setPadding(false);
        board.successes().forEach(success -> list.add(new Paragraph(getTranslation("session.item",
                success.text(), success.authorName()))));
        list.add(quickAdd("session-add-success", "board.success.add",
                text -> boards.addSuccess(teamId, board.signedInPersonId(), text)));
        return list;
    }

    private Component goals() {
        VerticalLayout list = new VerticalLayout();
        list.setPadding(false);
        for (GoalCard goal : boards.board(teamId).goals()) {
            if (!goal.running()) {
                continue;
            }
            String last = goal.measurements().isEmpty() ? getTranslation("board.goal.noMeasurements")
                    : getTranslation("board.goal.last", goal.measurements().get(goal.measurements().size() - 1).value());
            com.vaadin.flow.component.textfield.NumberField value = new com.vaadin.flow.component.textfield.NumberField();
            value.setPlaceholder(getTranslation("board.goal.measurement"));
            value.setAriaLabel(getTranslation("board.goal.measurement"));
            value.addClassName("session-measurement");
            Button add = new Button(VaadinIcon.PLUS.create(), click -> {
                if (value.getValue() != null) {
                    boards.addMeasurement(goal.id(), null, value.getValue());
                    reload();
                }
            });
            add.addClassName("session-measurement-add");
            add.setAriaLabel(getTranslation("board.goal.measurement"));
            add.addClickShortcut(Key.ENTER).listenOn(value);
            list.add(new HorizontalLayout(new Span(goal.title() + " · " + last), value, add) {{
                setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
            }});
        }
        return list;
    }

    private Component newItems() {
        Board board = boards.board(teamId);
        VerticalLayout list = new VerticalLayout();
        list.setPadding(false);
        for (IdeaCard idea : board.ideas()) {
            Button adopt = new Button(getTranslation("board.idea.adopt"), click -> {
                try {
                    boards.decideIdea(idea.id(), idea.version(), IdeaStatus.ADOPTED);
                } catch (OptimisticLockingFailureException | IllegalStateException late) {
                    Notification.show(getTranslation("board.conflict"));
                }
                reload();
            });
            adopt.addClassName("session-adopt");
            adopt.addThemeVariants(ButtonVariant.LUMO_SMALL);
            list.add(new HorizontalLayout(new Span(getTranslation("session.item", idea.text(), idea.authorName())),
                    adopt) {{
                setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
            }});
        }
        list.add(quickAdd("session-add-idea", "board.idea.add",
                text -> boards.addIdea(teamId, board.signedInPersonId(), text)));
        list.add(quickAdd("session-add-action", "board.action.add",
                text -> boards.addAction(teamId, board.signedInPersonId(), text, null, null)));
        return list;
    }

    private Component quickAdd(String id, String placeholderKey, java.util.function.Consumer<String> save) {
        TextField text = new TextField();
        text.setId(id);
        text.setPlaceholder(getTranslation(placeholderKey));
        text.setAriaLabel(getTranslation(placeholderKey));
        text.setWidth("24em");
        Button add = new Button(VaadinIcon.PLUS.create(), click -> {
            if (!text.getValue().isBlank()) {
                save.accept(text.getValue());
                focusStep = true;
                reload();
            }
        });
        add.setId(id + "-button");
        add.setAriaLabel(getTranslation(placeholderKey));
        add.addClickShortcut(Key.ENTER).listenOn(text);
        return new HorizontalLayout(text, add);
    }

    /** Everyone expected, pre-filled present for who opened the session; one click for all, then the exceptions. */
    private Component attendance(RunningSession session) {
        Div list = new Div();
        list.setId("session-attendance");
        list.addClassName("session-attendance");
        Button everyone = new Button(getTranslation("session.everyonePresent"), VaadinIcon.USERS.create(), click -> {
            session.attendance().forEach(line -> sessions.mark(session.id(), line.personId(), AttendanceMark.PRESENT, ""));
            reload();
        });
        everyone.setId("session-everyone-present");
        Div head = new Div(new H3(getTranslation("session.attendance")), everyone);
        head.addClassName("attendance-head");
        list.add(head, new Paragraph(getTranslation("session.attendance.exceptions")) {{
            addClassName("session-hint");
        }});
        for (AttendanceLine line : session.attendance()) {
            String name = line.name() + (line.leader() ? " (" + getTranslation("role.LEADER") + ")" : "");
            RadioButtonGroup<AttendanceMark> mark = new RadioButtonGroup<>();
            mark.setItems(AttendanceMark.values());
            mark.setItemLabelGenerator(m -> getTranslation("session.mark." + m));
            mark.setValue(line.mark());
            mark.setAriaLabel(name);
            mark.addClassName("attendance-mark");
            mark.getElement().setAttribute("data-person", String.valueOf(line.personId()));
            TextField reason = new TextField();
            reason.setPlaceholder(getTranslation("session.mark.reason"));
            reason.setAriaLabel(getTranslation("session.mark.reason") + " · " + line.name());
            reason.setValue(line.reason() == null ? "" : line.reason());
            reason.addClassName("attendance-reason");
            reason.setVisible(line.mark() != AttendanceMark.PRESENT);
            mark.addValueChangeListener(change -> {
                if (change.getValue() != null) {
                    sessions.mark(session.id(), line.personId(), change.getValue(), reason.getValue());
                    reason.setVisible(change.getValue() != AttendanceMark.PRESENT);
                }
            });
            reason.addValueChangeListener(change -> sessions.mark(session.id(), line.personId(), mark.getValue(),
                    change.getValue()));
            Span who = new Span(name);
            who.addClassName("attendance-name");
            Div row = new Div(who, mark, reason);
            row.addClassName("attendance-row");
            list.add(row);
        }
        return list;
    }

    // ---- the record --------------------------------------------------------------------

    private Component summary(SessionSummary summary) {
        VerticalLayout view = SessionSummaryPanel.of(summary, this::getTranslation, getLocale());
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

    private String stepName(AgendaItem step) {
        return step.title() != null ? step.title() : defaultName(step.kind());
    }

    private String defaultName(AgendaKind kind) {
        return getTranslation("session.step." + kind);
    }

    private void error(String text) {
        Notification.show(text, 5000, Notification.Position.MIDDLE).addThemeVariants(NotificationVariant.LUMO_ERROR);
    }

    @Override
    protected void onAttach(AttachEvent attach) {
        UI ui = attach.getUI();
        if (teamId <= 0 || !sessions.canOpen(teamId)) {
            return;
        }
        subscription = live.register(teamId, ui, change -> ui.access(() -> {
            if (closed == null && (change instanceof SessionChanged || running != null)) {
                reload();
            }
        }));
    }

    @Override
    protected void onDetach(DetachEvent detach) {
        if (subscription != null) {
            subscription.remove();
            subscription = null;
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("session.title", title) + " · " + getTranslation("app.name");
    }
}
