package nl.bordspiegel.board.ui;

import java.io.ByteArrayInputStream;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.ToLongFunction;


import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
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
import nl.bordspiegel.board.BoardCard;
import nl.bordspiegel.board.BoardChanged;
import nl.bordspiegel.board.BoardFields;
import nl.bordspiegel.board.BoardOrder;
import nl.bordspiegel.board.BoardService;
import nl.bordspiegel.board.BoardTexts;
import nl.bordspiegel.board.CardKind;
import nl.bordspiegel.board.CardUpdate;
import nl.bordspiegel.board.CommentCard;
import nl.bordspiegel.board.BoardPresence;
import nl.bordspiegel.board.GoalCard;
import nl.bordspiegel.board.IdeaDecision;
import nl.bordspiegel.board.IdeaCard;
import nl.bordspiegel.board.SuccessCard;
import nl.bordspiegel.school.PersonSummary;
import nl.bordspiegel.shared.BoardBroadcaster;
import nl.bordspiegel.shared.BoardEvent;
import nl.bordspiegel.shared.Markup;
import nl.bordspiegel.shared.Vocabulary.CommentKind;
import nl.bordspiegel.shared.Vocabulary.IdeaStatus;

/**
 * A team's board, for the big screen and for laptops: five columns of card components, each
 * added with one field and Enter, on behalf of whoever is picked as author. The view composes
 * the columns and cards, listens to their events and is the only part that calls the service.
 * A change, its own or another screen's, touches one card: the view asks the service for that
 * card alone and puts, replaces or removes its component, so every other card (with a
 * half-typed measurement or comment) stays as it is, and a change costs the same few queries
 * on a board of three years as on one of a week.
 */
@Route("bord/:team([0-9]+)")
@PermitAll
class BoardView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final BoardService boards;
    private final BoardBroadcaster live;
    private final BoardPresence presence;
    private final SharedCardReads sharedReads;
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
    private final Map<Class<?>, Consumer<CardEvents.CardEvent>> cardHandlers = new HashMap<>();

    BoardView(BoardService boards, BoardBroadcaster live, BoardPresence presence, SharedCardReads sharedReads) {
        this.boards = boards;
        this.sharedReads = sharedReads;
        this.live = live;
        this.presence = presence;
        this.editors = new CardEditors(boards, notices, this::refresh, this::shownVersion, () -> board.owners(),
                this::refreshAndFocus);
        addClassName("board-view");
        setWidthFull();
        handleCardEvents();
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
        successes = addedByText("successes", "success", CardKind.SUCCESS, SuccessCard.class, BoardOrder.SUCCESSES,
                text -> boards.addSuccess(teamId, header.authorId(), text));
        ideas = addedByText("ideas", "idea", CardKind.IDEA, IdeaCard.class, BoardOrder.IDEAS,
                text -> boards.addIdea(teamId, header.authorId(), text));
        actions = addedByText("actions", "action", CardKind.ACTION, ActionCard.class, BoardOrder.ACTIONS,
                text -> boards.addAction(teamId, header.authorId(), text, null, null));
        goals = new BoardColumn("goals", "board.goals", "board.goal.new", this::goalAdd,
                BoardColumn.ordered(GoalCard.class, BoardOrder.GOALS));
        questions = new BoardColumn("questions", "board.questions", "board.question.new", this::questionAdd,
                BoardColumn.ordered(CommentCard.class, BoardOrder.QUESTIONS));
        ideas.below(new OlderCards<IdeaCard>("parked-ideas", getTranslation("board.idea.olderParked",
                board.olderParkedIdeas()), board.olderParkedIdeas(),
                (offset, limit) -> boards.olderParkedIdeas(teamId, offset, limit),
                idea -> new OlderCards.Line(idea.text(), getTranslation("board.by", idea.authorName(),
                        BoardTexts.day(getLocale(), idea.proposedOn())))));
        actions.below(new OlderCards<ActionCard>("overdue-actions", getTranslation("board.action.longOverdue",
                board.longOverdueActions()), board.longOverdueActions(),
                (offset, limit) -> boards.longOverdueActions(teamId, offset, limit),
                action -> new OlderCards.Line(action.title(), (action.ownerName() == null
                        ? getTranslation("board.action.noOwner") : getTranslation("board.action.owner", action.ownerName()))
                        + " · " + getTranslation("board.action.due", BoardTexts.day(getLocale(), action.dueOn())))));
        Div columns = new Div(successes, goals, ideas, actions, questions);
        columns.addClassName("board-columns");
        columns.getElement().setAttribute("data-shown", ColumnPicker.FIRST);
        // One listener serves the buttons of every card: a card that reaches a screen brings no listener of its own.
        Markup.onPress(columns.getElement(), "act", PRESSED_CARD, this::pressCard);
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

    /** The client expression that names the card (its element id) whose button was pressed. */
    static final String PRESSED_CARD = "event.target.closest('.card').id";

    /** A card's button was pressed: the card shown with that element id does what it offers (it may have just been replaced). */
    private void pressCard(String cardElementId, String act) {
        cards.values().stream().filter(card -> card.getId().filter(cardElementId::equals).isPresent()).findFirst()
                .ifPresent(card -> card.press(act));
    }

    // ---- showing cards -------------------------------------------------------------------

    private void showCards() {
        Map<String, BoardCardView<?>> previous = new HashMap<>(cards);
        cards.clear();
        successes.show(board.successes().stream().map(card -> card(previous, CardKind.SUCCESS, card)).toList());
        goals.show(board.goals().stream().map(card -> card(previous, CardKind.GOAL, card)).toList());
        ideas.show(board.ideas().stream().map(card -> card(previous, CardKind.IDEA, card)).toList());
        actions.show(board.actions().stream().map(card -> card(previous, CardKind.ACTION, card)).toList());
        questions.show(board.questions().stream().map(card -> card(previous, CardKind.COMMENT, card)).toList());
    }

    /** Keeps the card's component when nothing about it changed; otherwise builds it anew and wires its events. */
    private BoardCardView<?> card(Map<String, BoardCardView<?>> previous, CardKind kind, BoardCard data) {
        int comments = board.comments(kind, data.id());
        BoardCardView<?> shown = previous.get(BoardCardView.key(kind, data.id()));
        BoardCardView<?> card;
        if (shown != null && shown.shows(data)) {
            card = shown;
            card.commentCount(comments);
        } else {
            card = wire(build(data, comments), shown);
        }
        cards.put(card.key(), card);
        return card;
    }

    private static BoardCardView<?> build(BoardCard card, int comments) {
        if (card instanceof GoalCard goal) {
            return new GoalCardView(goal, comments);
        } else if (card instanceof IdeaCard idea) {
            return new IdeaCardView(idea, comments);
        } else if (card instanceof ActionCard action) {
            return new ActionCardView(action, comments);
        } else if (card instanceof SuccessCard success) {
            return new SuccessCardView(success, comments);
        }
        return new QuestionCardView((CommentCard) card);
    }

    private BoardColumn column(CardKind kind) {
        return switch (kind) {
            case GOAL -> goals;
            case IDEA -> ideas;
            case ACTION -> actions;
            case SUCCESS -> successes;
            case COMMENT -> questions;
        };
    }

    private BoardCardView<?> wire(BoardCardView<?> card, BoardCardView<?> replaces) {
        card.sendTo(this::cardEvent);
        if (replaces != null) {
            card.takeOverFrom(replaces);
        }
        return card;
    }

    // ---- one card changed ----------------------------------------------------------------

    /** Shows one card as it is now: in its column at its place, replaced, or gone; the other cards stay. */
    private BoardCardView<?> showCard(CardKind kind, long id) {
        return show(boards.card(teamId, kind, id));
    }

    private BoardCardView<?> show(CardUpdate update) {
        String key = BoardCardView.key(update.ref().kind(), update.ref().id());
        BoardCardView<?> shown = cards.get(key);
        BoardColumn column = column(update.ref().kind());
        if (update.card().isEmpty()) {
            if (shown != null) {
                column.take(shown);
                cards.remove(key);
            }
            return null;
        }
        BoardCard data = update.card().get();
        if (shown != null && shown.shows(data)) {
            shown.commentCount(update.comments());
            shown.openComments().ifPresent(panel -> panel.show(boards.comments(teamId, shown.kind(), shown.cardId())));
            return shown;
        }
        BoardCardView<?> card = wire(build(data, update.comments()), shown);
        column.put(card, shown);
        cards.put(key, card);
        if (data instanceof ActionCard action && action.fromIdeaId() != null) {
            // An adopted idea lives on as this action: it leaves the ideas column.
            BoardCardView<?> idea = cards.remove(BoardCardView.key(CardKind.IDEA, action.fromIdeaId()));
            if (idea != null) {
                ideas.take(idea);
            }
        }
        return card;
    }

    /** What another screen changed; a session's changes reach the board as changed cards (its action reviews). */
    private void follow(BoardEvent change) {
        if (!(change instanceof BoardChanged changed)) {
            return;
        }
        if (changed.cardId() == null) {
            refresh();
        } else {
            show(sharedReads.read(changed, () -> boards.card(teamId, changed.card(), changed.cardId())));
        }
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
        int dash = key.lastIndexOf('-');
        BoardCardView<?> card = showCard(CardKind.valueOf(key.substring(0, dash)), Long.parseLong(key.substring(dash + 1)));
        if (card != null) {
            focus(card);
        }
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

    /** A column whose cards are added with one line of text: successes, ideas, actions. */
    private <T extends BoardCard> BoardColumn addedByText(String name, String key, CardKind kind, Class<T> type,
            Comparator<T> order, ToLongFunction<String> save) {
        return new BoardColumn(name, "board." + name, "board." + key + ".new",
                () -> addRow("add-" + key, "board." + key + ".add", kind, save), BoardColumn.ordered(type, order));
    }

    private AddRow addRow(String id, String placeholderKey, CardKind kind, ToLongFunction<String> save) {
        AddRow row = new AddRow(id, getTranslation(placeholderKey));
        row.onAdd(add -> {
            long[] added = new long[1];
            if (notices.attempt(row.form().field(BoardFields.AUTHOR, header.authorField()),
                    () -> added[0] = save.applyAsLong(add.text()))) {
                row.saved();
                showCard(kind, added[0]);
            }
        });
        return row;
    }

    private GoalAddForm goalAdd() {
        GoalAddForm form = new GoalAddForm();
        form.onAdd(add -> {
            long[] added = new long[1];
            if (notices.attempt(form.form(), () -> added[0] = boards.addGoal(teamId, add.title(), add.measure(),
                    add.target(), null, null))) {
                form.saved();
                showCard(CardKind.GOAL, added[0]);
            }
        });
        return form;
    }

    private QuestionAddForm questionAdd() {
        QuestionAddForm form = new QuestionAddForm();
        form.onAdd(add -> {
            long[] added = new long[1];
            if (notices.attempt(form.form().field(BoardFields.AUTHOR, header.authorField()),
                    () -> added[0] = boards.addComment(teamId, header.authorId(), add.kind(), add.text(), null, null))) {
                form.saved();
                showCard(CardKind.COMMENT, added[0]);
            }
        });
        return form;
    }

    // ---- what cards ask ------------------------------------------------------------------

    /** What the board does for each kind of card event: one table per board, one listener per card. */
    private void handleCardEvents() {
        onCard(CardEvents.CommentEvent.class, this::comment);
        onCard(CardEvents.CommentsOpenedEvent.class, this::showComments);
        onCard(CardEvents.DecideEvent.class, this::decide);
        onCard(CardEvents.StatusEvent.class, this::changeStatus);
        onCard(CardEvents.EditEvent.class, this::edit);
        onCard(CardEvents.MeasureEvent.class, this::measure);
        onCard(CardEvents.CloseGoalEvent.class, this::closeGoal);
        onCard(CardEvents.DeleteEvent.class, this::delete);
        onCard(CardEvents.ReopenEvent.class, this::reopen);
        onCard(CardEvents.CommentChangeEvent.class, this::changeComment);
        onCard(CardEvents.MeasurementChangeEvent.class, this::changeMeasurement);
    }

    private <E extends CardEvents.CardEvent> void onCard(Class<E> type, Consumer<E> handler) {
        cardHandlers.put(type, event -> handler.accept(type.cast(event)));
    }

    private void cardEvent(CardEvents.CardEvent event) {
        cardHandlers.getOrDefault(event.getClass(), unknown -> { }).accept(event);
    }

    private void comment(CardEvents.CommentEvent event) {
        String text = event.text();
        CommentKind kind = text.strip().endsWith("?") ? CommentKind.QUESTION : CommentKind.COMMENT;
        BoardCardView<?> card = event.card();
        if (notices.attempt(event.panel().form().field(BoardFields.AUTHOR, header.authorField()),
                () -> boards.addComment(teamId, header.authorId(), kind, text, card.kind(), card.cardId()))) {
            event.panel().saved();
            refreshAndFocus(card.key());
        }
    }

    private void showComments(CardEvents.CommentsOpenedEvent event) {
        BoardCardView<?> card = event.card();
        event.panel().show(boards.comments(teamId, card.kind(), card.cardId()));
    }

    private void decide(CardEvents.DecideEvent event) {
        IdeaCard idea = (IdeaCard) event.card().data();
        IdeaDecision[] decided = new IdeaDecision[1];
        if (notices.attempt(() -> decided[0] = boards.decideIdea(idea.id(), idea.version(), event.decision()))) {
            // The idea, and the action it became when adopted: the cards a decision and its undo touch.
            Runnable showDecided = () -> {
                showCard(CardKind.IDEA, idea.id());
                decided[0].action().ifPresent(action -> showCard(CardKind.ACTION, action));
            };
            showDecided.run();
            // A parked idea stays on the board; an adopted or dropped one leaves its column.
            if (event.decision() == IdeaStatus.PARKED) {
                focusCard(event.card().key());
            } else {
                focus(ideas);
            }
            notices.offerUndo(getTranslation("board.idea.decided." + event.decision(), idea.text()),
                    // The undo names the version the decision left: a later decision by someone else stays.
                    () -> boards.undoIdeaDecision(idea.id(), decided[0].ideaVersion(), idea.status()), showDecided);
        }
    }

    private void changeStatus(CardEvents.StatusEvent event) {
        ActionCard action = (ActionCard) event.card().data();
        long[] version = new long[1];
        if (notices.attempt(() -> version[0] = boards.changeActionStatus(action.id(), action.version(), event.status()))) {
            refreshAndFocus(event.card().key());
            notices.offerUndo(getTranslation("board.action.statusChanged", action.title(),
                    getTranslation("board.action.status." + event.status())),
                    () -> boards.changeActionStatus(action.id(), version[0], action.status()),
                    () -> showCard(CardKind.ACTION, action.id()));
        }
    }

    private void edit(CardEvents.EditEvent event) {
        editors.edit(event.card());
    }

    private void delete(CardEvents.DeleteEvent event) {
        BoardCardView<?> card = event.card();
        if (notices.attempt(() -> boards.deleteCard(card.kind(), card.cardId(), card.version()))) {
            showCard(card.kind(), card.cardId());
            notices.offerUndo(getTranslation("board.card.deleted"), () -> boards.restoreCard(card.kind(), card.cardId()),
                    () -> showCard(card.kind(), card.cardId()));
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
            notices.offerUndo(getTranslation("board.comment.deleted"), () -> boards.restoreCard(CardKind.COMMENT, comment.id()),
                    () -> showCard(event.card().kind(), event.card().cardId()));
        }
    }

    private void changeMeasurement(CardEvents.MeasurementChangeEvent event) {
        GoalCard goal = (GoalCard) event.card().data();
        GoalCard.MeasurementPoint point = goal.measurementAt(event.index());
        if (event.delete()) {
            if (notices.attempt(() -> boards.deleteMeasurement(goal.id(), goal.version(), event.index()))) {
                refreshAndFocus(event.card().key());
                notices.offerUndo(getTranslation("board.goal.measurement.deleted", notices.format(point.value())),
                        () -> boards.addMeasurement(goal.id(), point.measuredOn(), point.value()),
                        () -> showCard(CardKind.GOAL, goal.id()));
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
            if (notices.attempt(event.form(), () -> boards.closeGoal(goal.id(), goal.version(), event.outcome(),
                    event.why()))) {
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
            subscription = live.register(teamId, ui, change -> ui.access(() -> follow(change)));
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
