package nl.bordspiegel.board.ui;

import java.io.ByteArrayInputStream;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.shared.Registration;

import jakarta.annotation.security.PermitAll;
import nl.bordspiegel.board.ActionCard;
import nl.bordspiegel.board.Board;
import nl.bordspiegel.board.BoardFields;
import nl.bordspiegel.board.BoardService;
import nl.bordspiegel.board.CardKind;
import nl.bordspiegel.board.CommentCard;
import nl.bordspiegel.board.BoardPresence;
import nl.bordspiegel.board.GoalCard;
import nl.bordspiegel.board.IdeaCard;
import nl.bordspiegel.board.SuccessCard;
import nl.bordspiegel.school.PersonSummary;
import nl.bordspiegel.shared.BoardBroadcaster;
import nl.bordspiegel.shared.InputErrors;
import nl.bordspiegel.shared.InvalidInputException;
import nl.bordspiegel.shared.Vocabulary.CommentKind;
import nl.bordspiegel.shared.Vocabulary.IdeaStatus;

/**
 * A team's board, for the big screen and for laptops: five columns of card components, each
 * added with one field and Enter, on behalf of whoever is picked as author. The view composes
 * the columns and cards, listens to their events and is the only part that calls the service.
 * It follows changes made on other screens live, and replaces only the cards that changed, so
 * a half-typed measurement or comment on another card survives.
 */
@Route("bord/:team([0-9]+)")
@PermitAll
class BoardView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final BoardService boards;
    private final BoardBroadcaster live;
    private final BoardPresence presence;
    /** The cards on screen by {@link BoardCardView#key()}: a card's identity is its kind and id. */
    private final Map<String, BoardCardView<?>> cards = new HashMap<>();
    private BoardHeader header;
    private BoardColumn successes;
    private BoardColumn goals;
    private BoardColumn ideas;
    private BoardColumn actions;
    private BoardColumn questions;
    private long teamId;
    private Board board;
    private String title = "";
    private Registration subscription;
    private Registration presentHere;
    private final BoardNotices notices = new BoardNotices(this, this::refresh);
    private final CardEditors editors;

    BoardView(BoardService boards, BoardBroadcaster live, BoardPresence presence) {
        this.boards = boards;
        this.live = live;
        this.presence = presence;
        this.editors = new CardEditors(boards, notices, this::refresh, this::shownVersion, () -> board.owners(),
                this::refreshAndFocus);
        addClassName("board-view");
        setWidthFull();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        teamId = event.getRouteParameters().getLong("team").orElse(-1L);
        removeAll();
        cards.clear();
        if (!boards.canOpen(teamId)) {
            board = null;
            title = getTranslation("board.refused.title");
            add(new H1(title), new Paragraph(getTranslation("board.refused.text")));
            addClassName("board-refused");
            return;
        }
        board = boards.board(teamId);
        title = board.team().name();
        header = new BoardHeader(board, csv());
        successes = new BoardColumn("successes", "board.successes", addRow("add-success", "board.success.add",
                text -> boards.addSuccess(teamId, header.authorId(), text)));
        ideas = new BoardColumn("ideas", "board.ideas", addRow("add-idea", "board.idea.add",
                text -> boards.addIdea(teamId, header.authorId(), text)));
        actions = new BoardColumn("actions", "board.actions", addRow("add-action", "board.action.add",
                text -> boards.addAction(teamId, header.authorId(), text, null, null)));
        goals = new BoardColumn("goals", "board.goals", goalAdd());
        questions = new BoardColumn("questions", "board.questions", questionAdd());
        Div columns = new Div(successes, goals, ideas, actions, questions);
        columns.addClassName("board-columns");
        columns.getElement().setAttribute("data-shown", ColumnPicker.FIRST);
        add(header, new ColumnPicker(getTranslation("board.columns"),
                List.of("successes", "goals", "ideas", "actions", "questions"),
                column -> getTranslation("board." + column)), columns);
        showCards();
    }

    private DownloadHandler csv() {
        return DownloadHandler.fromInputStream(download -> {
            byte[] bytes = boards.actionsCsv(teamId, getLocale());
            return new DownloadResponse(new ByteArrayInputStream(bytes), "acties-" + teamId + ".csv",
                    "text/csv;charset=utf-8", bytes.length);
        });
    }

    // ---- showing cards -------------------------------------------------------------------

    private void showCards() {
        Map<String, BoardCardView<?>> previous = new HashMap<>(cards);
        cards.clear();
        successes.show(board.successes().stream().map(card -> card(previous, CardKind.SUCCESS, card.id(), card,
                about -> new SuccessCardView(card, about))).toList());
        goals.show(board.goals().stream().map(card -> card(previous, CardKind.GOAL, card.id(), card,
                about -> new GoalCardView(card, about))).toList());
        ideas.show(board.ideas().stream().map(card -> card(previous, CardKind.IDEA, card.id(), card,
                about -> new IdeaCardView(card, about))).toList());
        actions.show(board.actions().stream().map(card -> card(previous, CardKind.ACTION, card.id(), card,
                about -> new ActionCardView(card, about))).toList());
        questions.show(board.comments().stream().filter(comment -> comment.cardKind() == null)
                .map(card -> card(previous, CardKind.COMMENT, card.id(), card, about -> new QuestionCardView(card)))
                .toList());
    }

    /** Keeps the card's component when nothing about it changed; otherwise builds it anew and wires its events. */
    private BoardCardView<?> card(Map<String, BoardCardView<?>> previous, CardKind kind, long id, Object data,
                                  Function<List<CommentCard>, BoardCardView<?>> build) {
        List<CommentCard> about = kind == CardKind.COMMENT ? List.of() : commentsAbout(kind, id);
        BoardCardView<?> shown = previous.get(BoardCardView.key(kind, id));
        BoardCardView<?> card = shown != null && shown.shows(data, about) ? shown : wire(build.apply(about), shown);
        cards.put(card.key(), card);
        return card;
    }

    private List<CommentCard> commentsAbout(CardKind kind, long id) {
        return board.comments().stream().filter(c -> c.cardKind() == kind && Objects.equals(c.cardId(), id)).toList();
    }

    private BoardCardView<?> wire(BoardCardView<?> card, BoardCardView<?> replaces) {
        if (replaces != null) {
            card.takeOverFrom(replaces);
        }
        card.on(CardEvents.CommentEvent.class, this::comment);
        card.on(CardEvents.DecideEvent.class, this::decide);
        card.on(CardEvents.StatusEvent.class, this::changeStatus);
        card.on(CardEvents.EditEvent.class, this::edit);
        card.on(CardEvents.MeasureEvent.class, this::measure);
        card.on(CardEvents.CloseGoalEvent.class, this::closeGoal);
        card.on(CardEvents.DeleteEvent.class, this::delete);
        card.on(CardEvents.ReopenEvent.class, this::reopen);
        card.on(CardEvents.CommentChangeEvent.class, this::changeComment);
        card.on(CardEvents.MeasurementChangeEvent.class, this::changeMeasurement);
        return card;
    }

    /** The version of a card as the board shows it now, after a refresh (or -1 when it is gone). */
    private long shownVersion(String key) {
        BoardCardView<?> card = cards.get(key);
        return card == null ? -1 : card.version();
    }

    private void refresh() {
        if (board == null) {
            return;
        }
        board = boards.board(teamId);
        header.authors(board.authors());
        showCards();
    }

    /**
     * A changed card is rebuilt, and the button that was pressed goes with it: the keyboard
     * focus would drop to the page. The card (its new component) takes it instead, so the next
     * Tab stays on that card. Cards are focusable for this ({@link BoardCardView}).
     */
    private void refreshAndFocus(String key) {
        refresh();
        focusCard(key);
    }

    private void focusCard(String key) {
        BoardCardView<?> card = cards.get(key);
        if (card != null) {
            focus(card);
        }
    }

    private static void focus(com.vaadin.flow.component.Component target) {
        target.getElement().executeJs("this.focus()");
    }

    // ---- adding --------------------------------------------------------------------------

    private AddRow addRow(String id, String placeholderKey, java.util.function.Consumer<String> save) {
        AddRow row = new AddRow(id, getTranslation(placeholderKey));
        row.onAdd(add -> {
            if (notices.attempt(row.form().field(BoardFields.AUTHOR, header.authorField()), () -> save.accept(add.text()))) {
                row.saved();
                refresh();
            }
        });
        return row;
    }

    private GoalAddForm goalAdd() {
        GoalAddForm form = new GoalAddForm();
        form.onAdd(add -> {
            if (notices.attempt(form.form(), () -> boards.addGoal(teamId, add.title(), add.measure(), add.target(), null,
                    null))) {
                form.saved();
                refresh();
            }
        });
        return form;
    }

    private QuestionAddForm questionAdd() {
        QuestionAddForm form = new QuestionAddForm();
        form.onAdd(add -> {
            if (notices.attempt(form.form().field(BoardFields.AUTHOR, header.authorField()),
                    () -> boards.addComment(teamId, header.authorId(), add.kind(), add.text(), null, null))) {
                form.saved();
                refresh();
            }
        });
        return form;
    }

    // ---- what cards ask ------------------------------------------------------------------

    private void comment(CardEvents.CommentEvent event) {
        String text = event.text();
        CommentKind kind = text.strip().endsWith("?") ? CommentKind.QUESTION : CommentKind.COMMENT;
        BoardCardView<?> card = event.card();
        if (notices.attempt(() -> boards.addComment(teamId, header.authorId(), kind, text, card.kind(), card.cardId()))) {
            refreshAndFocus(card.key());
        }
    }

    private void decide(CardEvents.DecideEvent event) {
        IdeaCard idea = (IdeaCard) event.card().data();
        if (notices.attempt(() -> boards.decideIdea(idea.id(), idea.version(), event.decision()))) {
            refresh();
            // A parked idea stays on the board; an adopted or dropped one leaves its column.
            if (event.decision() == IdeaStatus.PARKED) {
                focusCard(event.card().key());
            } else {
                focus(ideas);
            }
            notices.offerUndo(getTranslation("board.idea.decided." + event.decision(), idea.text()),
                    () -> boards.undoIdeaDecision(idea.id(), idea.status()));
        }
    }

    private void changeStatus(CardEvents.StatusEvent event) {
        ActionCard action = (ActionCard) event.card().data();
        long[] version = new long[1];
        if (notices.attempt(() -> version[0] = boards.changeActionStatus(action.id(), action.version(), event.status()))) {
            refreshAndFocus(event.card().key());
            notices.offerUndo(getTranslation("board.action.statusChanged", action.title(),
                    getTranslation("board.action.status." + event.status())),
                    () -> boards.changeActionStatus(action.id(), version[0], action.status()));
        }
    }

    private void edit(CardEvents.EditEvent event) {
        editors.edit(event.card());
    }

    private void delete(CardEvents.DeleteEvent event) {
        BoardCardView<?> card = event.card();
        if (notices.attempt(() -> boards.deleteCard(card.kind(), card.cardId(), card.version()))) {
            refresh();
            notices.offerUndo(getTranslation("board.card.deleted"), () -> boards.restoreCard(card.kind(), card.cardId()));
        }
    }

    private void reopen(CardEvents.ReopenEvent event) {
        if (notices.attempt(() -> boards.reopenGoal(event.card().cardId(), event.card().version()))) {
            refreshAndFocus(event.card().key());
        }
    }

    private void changeComment(CardEvents.CommentChangeEvent event) {
        CommentCard comment = event.comment();
        if (!event.delete()) {
            editors.editComment(comment);
        } else if (notices.attempt(() -> boards.deleteCard(CardKind.COMMENT, comment.id(), comment.version()))) {
            refreshAndFocus(event.card().key());
            notices.offerUndo(getTranslation("board.comment.deleted"), () -> boards.restoreCard(CardKind.COMMENT, comment.id()));
        }
    }

    private void changeMeasurement(CardEvents.MeasurementChangeEvent event) {
        GoalCard goal = (GoalCard) event.card().data();
        GoalCard.MeasurementPoint point = goal.measurements().get(event.index());
        if (event.delete()) {
            if (notices.attempt(() -> boards.deleteMeasurement(goal.id(), goal.version(), event.index()))) {
                refresh();
                notices.offerUndo(getTranslation("board.goal.measurement.deleted", notices.format(point.value())),
                        () -> boards.addMeasurement(goal.id(), point.measuredOn(), point.value()));
            }
            return;
        }
        MeasurementDialog dialog = new MeasurementDialog(getTranslation("board.goal.measurement.edit"), point.value());
        dialog.onSave(save -> confirmedIfOdd(goal, save.value(), () -> {
            if (notices.attempt(() -> boards.correctMeasurement(goal.id(), goal.version(), event.index(), save.value()))) {
                dialog.close();
                refreshAndFocus(event.card().key());
            }
        }));
        dialog.open();
    }

    private void measure(CardEvents.MeasureEvent event) {
        GoalCard goal = (GoalCard) event.card().data();
        confirmedIfOdd(goal, event.value(), () -> {
            if (notices.attempt(() -> boards.addMeasurement(goal.id(), null, event.value()))) {
                refreshAndFocus(event.card().key());
            }
        });
    }

    /** A value outside the goal's sensible range (150 on a percentage) is stored only after a yes. */
    private void confirmedIfOdd(GoalCard goal, double value, Runnable store) {
        if (goal.sensible(value)) {
            store.run();
            return;
        }
        notices.confirm("board.goal.odd.title", getTranslation("board.goal.odd.text", notices.format(value), goal.title()),
                "board.goal.odd.keep", store);
    }

    /** Closing against what the last measurement says (72 against 85 as "Gehaald") is asked once more. */
    private void closeGoal(CardEvents.CloseGoalEvent event) {
        GoalCard goal = (GoalCard) event.card().data();
        Runnable close = () -> {
            if (notices.attempt(() -> boards.closeGoal(goal.id(), goal.version(), event.outcome(), event.why()))) {
                refreshAndFocus(event.card().key());
            }
        };
        if (!goal.contradicts(event.outcome())) {
            close.run();
            return;
        }
        String last = notices.format(goal.measurements().get(goal.measurements().size() - 1).value());
        notices.confirm("board.goal.contradicts.title", getTranslation("board.goal.contradicts.text", last,
                notices.format(goal.target()), getTranslation("board.goal.outcome." + event.outcome())),
                "board.goal.contradicts.keep", close);
    }

    // ---- live ----------------------------------------------------------------------------

    @Override
    protected void onAttach(AttachEvent attach) {
        UI ui = attach.getUI();
        if (teamId > 0 && board != null) {
            subscription = live.register(teamId, ui, change -> ui.access(this::refresh));
            long me = board.signedInPersonId();
            String name = board.authors().stream().filter(p -> p.id() == me).map(PersonSummary::name).findFirst()
                    .orElse("–");
            presentHere = presence.enter(teamId, new BoardPresence.Viewer(me, name), () -> ui.access(this::showPresent));
            showPresent();
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

    /** Everyone else with this team's board or session open. */
    private void showPresent() {
        if (board != null && header != null) {
            header.present().show(presence.othersThan(teamId, board.signedInPersonId()));
        }
    }

    @Override
    public String getPageTitle() {
        return title + " · " + getTranslation("app.name");
    }
}
