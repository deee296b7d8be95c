package nl.bordspiegel.board.ui;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.Svg;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.NumberField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.shared.Registration;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;

import jakarta.annotation.security.PermitAll;
import nl.bordspiegel.board.ActionCard;
import nl.bordspiegel.board.Board;
import nl.bordspiegel.board.BoardService;
import nl.bordspiegel.board.BoardTexts;
import nl.bordspiegel.board.CardKind;
import nl.bordspiegel.board.CommentCard;
import nl.bordspiegel.board.GoalCard;
import nl.bordspiegel.board.GoalOutcome;
import nl.bordspiegel.board.IdeaCard;
import nl.bordspiegel.board.SuccessCard;
import nl.bordspiegel.school.PersonSummary;
import nl.bordspiegel.shared.BoardBroadcaster;
import nl.bordspiegel.shared.InvalidInputException;
import nl.bordspiegel.shared.Vocabulary.ActionStatus;
import nl.bordspiegel.shared.Vocabulary.CommentKind;
import nl.bordspiegel.shared.Vocabulary.IdeaStatus;
import nl.bordspiegel.shared.InputErrors;
import nl.bordspiegel.shared.WidgetTexts;

/**
 * A team's board, for the big screen and for laptops: five columns of cards, each added
 * with one field and Enter, on behalf of whoever is picked as author. It follows changes
 * made on other screens live, and rebuilds only the cards that changed, so a half-typed
 * measurement or comment on another card survives.
 */
@Route("bord/:team([0-9]+)")
@PermitAll
class BoardView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final BoardService boards;
    private final BoardBroadcaster live;
    private final Map<String, Component> cardCache = new HashMap<>();
    private final ComboBox<PersonSummary> author = new ComboBox<>();
    private final Div successes = column("successes");
    private final Div goals = column("goals");
    private final Div ideas = column("ideas");
    private final Div actions = column("actions");
    private final Div questions = column("questions");
    private long teamId;
    private Board board;
    private String title = "";
    private Registration subscription;

    BoardView(BoardService boards, BoardBroadcaster live) {
        this.boards = boards;
        this.live = live;
        addClassName("board-view");
        setWidthFull();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        teamId = event.getRouteParameters().getLong("team").orElse(-1L);
        removeAll();
        if (!boards.canOpen(teamId)) {
            title = getTranslation("board.refused.title");
            add(new H1(title), new Paragraph(getTranslation("board.refused.text")));
            addClassName("board-refused");
            return;
        }
        board = boards.board(teamId);
        title = board.team().name();
        Div columns = new Div(successes, goals, ideas, actions, questions);
        columns.addClassName("board-columns");
        columns.getElement().setAttribute("data-shown", ColumnPicker.FIRST);
        add(header(), new ColumnPicker(getTranslation("board.columns"),
                List.of("successes", "goals", "ideas", "actions", "questions"),
                column -> getTranslation("board." + column)), columns);
        fillColumns();
    }

    private Component header() {
        author.setItems(board.authors());
        author.setItemLabelGenerator(PersonSummary::name);
        author.setLabel(getTranslation("board.author"));
        author.setId("board-author");
        author.setValue(board.authors().stream().filter(p -> p.id() == board.signedInPersonId()).findFirst()
                .orElse(null));
        author.setAllowCustomValue(false);
        Anchor session = link(getTranslation("board.session"), "bord/" + teamId + "/sessie");
        session.setId("board-session-link");
        session.addClassName("board-button-link");
        Anchor history = link(getTranslation("board.history"), "bord/" + teamId + "/geschiedenis");
        history.setId("board-history-link");
        Anchor csv = new Anchor(DownloadHandler.fromInputStream(download -> {
            byte[] bytes = boards.actionsCsv(teamId, getLocale());
            return new DownloadResponse(new ByteArrayInputStream(bytes), "acties-" + teamId + ".csv",
                    "text/csv;charset=utf-8", bytes.length);
        }), getTranslation("board.csv.download"));
        csv.setId("board-actions-csv");
        H1 name = new H1(board.team().name());
        HorizontalLayout header = new HorizontalLayout(name, author, session, history, csv);
        header.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        header.setWidthFull();
        header.expand(name);
        header.addClassName("board-header");
        return header;
    }

    private void fillColumns() {
        Map<String, Component> previous = new HashMap<>(cardCache);
        cardCache.clear();
        fill(successes, "board.successes", addRow("add-success", "board.success.add",
                text -> boards.addSuccess(teamId, authorId(), text)), board.successes().stream()
                .map(card -> cached(previous, "S" + card.id() + ":" + card.version() + comments(CardKind.SUCCESS, card.id()),
                        () -> successCard(card))).toList());
        fill(goals, "board.goals", goalAdd(), board.goals().stream()
                .map(card -> cached(previous, "G" + card.id() + ":" + card.version() + ":" + card.measurements().size()
                        + comments(CardKind.GOAL, card.id()), () -> goalCard(card))).toList());
        fill(ideas, "board.ideas", addRow("add-idea", "board.idea.add",
                text -> boards.addIdea(teamId, authorId(), text)), board.ideas().stream()
                .map(card -> cached(previous, "I" + card.id() + ":" + card.version() + comments(CardKind.IDEA, card.id()),
                        () -> ideaCard(card))).toList());
        fill(actions, "board.actions", addRow("add-action", "board.action.add",
                text -> boards.addAction(teamId, authorId(), text, null, null)), board.actions().stream()
                .map(card -> cached(previous, "A" + card.id() + ":" + card.version() + ":" + card.overdue()
                        + comments(CardKind.ACTION, card.id()), () -> actionCard(card))).toList());
        fill(questions, "board.questions", questionAdd(), board.comments().stream()
                .filter(comment -> comment.cardKind() == null)
                .map(card -> cached(previous, "Q" + card.id(), () -> questionCard(card))).toList());
    }

    private void refresh() {
        if (board == null) {
            return;
        }
        board = boards.board(teamId);
        author.setItems(board.authors());
        fillColumns();
    }

    private Component cached(Map<String, Component> previous, String key, Supplier<Component> build) {
        Component card = previous.containsKey(key) ? previous.get(key) : build.get();
        cardCache.put(key, card);
        return card;
    }

    private String comments(CardKind kind, long id) {
        return "#" + board.comments().stream().filter(c -> c.cardKind() == kind && Objects.equals(c.cardId(), id))
                .count();
    }

    private void fill(Div column, String titleKey, Component add, List<Component> cards) {
        // The add row is kept as a component: rebuilding the column must not clear what is typed in it.
        column.removeAll();
        column.add(new H2(getTranslation(titleKey) + " (" + cards.size() + ")"), add);
        cards.forEach(column::add);
    }

    // ---- adding ------------------------------------------------------------------------

    private final Map<String, Component> addRows = new HashMap<>();

    /** Add rows are built once and kept (not computeIfAbsent: one add row is built inside another). */
    private Component kept(String id, Supplier<Component> build) {
        Component row = addRows.get(id);
        if (row == null) {
            row = build.get();
            addRows.put(id, row);
        }
        return row;
    }

    private Component addRow(String id, String placeholderKey, java.util.function.Consumer<String> save) {
        return kept(id, () -> {
            TextField text = new TextField();
            text.setId(id);
            text.setPlaceholder(getTranslation(placeholderKey));
            text.setAriaLabel(getTranslation(placeholderKey));
            text.setWidthFull();
            Button add = new Button(VaadinIcon.PLUS.create(), click -> {
                if (text.getValue().isBlank()) {
                    text.focus();
                    return;
                }
                if (attempt(() -> save.accept(text.getValue()))) {
                    text.clear();
                    refresh();
                    text.focus();
                }
            });
            add.setId(id + "-button");
            add.setAriaLabel(getTranslation(placeholderKey));
            add.addClickShortcut(Key.ENTER).listenOn(text);
            HorizontalLayout row = new HorizontalLayout(text, add);
            row.setWidthFull();
            row.addClassName("board-add");
            return row;
        });
    }

    private Component goalAdd() {
        return kept("add-goal", () -> {
            NumberField target = new NumberField();
            target.setPlaceholder(getTranslation("board.goal.target"));
            target.setAriaLabel(getTranslation("board.goal.target"));
            target.setId("add-goal-target");
            target.setWidth("7em");
            TextField measure = new TextField();
            measure.setPlaceholder(getTranslation("board.goal.measure"));
            measure.setAriaLabel(getTranslation("board.goal.measure"));
            measure.setId("add-goal-measure");
            measure.setWidthFull();
            Component titleRow = addRow("add-goal-title", "board.goal.add", text -> {
                boards.addGoal(teamId, text, measure.getValue(), target.getValue(), null, null);
                measure.clear();
                target.clear();
            });
            HorizontalLayout details = new HorizontalLayout(measure, target);
            details.setWidthFull();
            return new VerticalLayout(titleRow, details) {{
                setPadding(false);
                setSpacing(false);
            }};
        });
    }

    private Component questionAdd() {
        return kept("add-question", () -> {
            Select<CommentKind> kind = new Select<>();
            kind.setItems(CommentKind.QUESTION, CommentKind.COMMENT, CommentKind.IDEA);
            kind.setValue(CommentKind.QUESTION);
            kind.setItemLabelGenerator(k -> getTranslation("board.comment.kind." + k));
            kind.setAriaLabel(getTranslation("board.comment.kind"));
            kind.setId("add-question-kind");
            kind.setWidth("9em");
            Component row = addRow("add-question-text", "board.question.add",
                    text -> boards.addComment(teamId, authorId(), kind.getValue(), text, null, null));
            return new VerticalLayout(kind, row) {{
                setPadding(false);
                setSpacing(false);
            }};
        });
    }

    // ---- cards -------------------------------------------------------------------------

    private Div card(String kind, String text, String authorName, LocalDate on) {
        Div card = new Div();
        card.addClassNames("card", "card-" + kind);
        Paragraph body = new Paragraph(text);
        body.addClassName("card-text");
        Span by = new Span(getTranslation("board.by", authorName, BoardTexts.day(getLocale(), on)));
        by.addClassName("card-author");
        card.add(body, by);
        return card;
    }

    private Component successCard(SuccessCard success) {
        Div card = card("success", success.text(), success.authorName(), success.notedOn());
        focusable(card, "success-" + success.id());
        card.add(commentsOn(CardKind.SUCCESS, success.id()));
        return card;
    }

    private Component ideaCard(IdeaCard idea) {
        Div card = card("idea", idea.text(), idea.authorName(), idea.proposedOn());
        focusable(card, "idea-" + idea.id());
        if (idea.status() == IdeaStatus.PARKED) {
            card.add(badge(getTranslation("board.idea.parked"), "contrast"));
        }
        Button adopt = new Button(getTranslation("board.idea.adopt"), click -> decide(idea, IdeaStatus.ADOPTED));
        adopt.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_PRIMARY);
        adopt.addClassName("idea-adopt");
        Button park = new Button(getTranslation("board.idea.park"), click -> decide(idea, IdeaStatus.PARKED));
        park.addThemeVariants(ButtonVariant.LUMO_SMALL);
        park.setVisible(idea.status() != IdeaStatus.PARKED);
        park.addClassName("idea-park");
        Button drop = new Button(getTranslation("board.idea.drop"), click -> decide(idea, IdeaStatus.DROPPED));
        drop.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        drop.addClassName("idea-drop");
        card.add(new HorizontalLayout(adopt, park, drop), commentsOn(CardKind.IDEA, idea.id()));
        return card;
    }

    private void decide(IdeaCard idea, IdeaStatus decision) {
        if (attempt(() -> boards.decideIdea(idea.id(), idea.version(), decision))) {
            notice(getTranslation("board.idea.decided." + decision, idea.text()));
            refresh();
            // A parked idea stays on the board; an adopted or dropped one leaves its column.
            focusCard(decision == IdeaStatus.PARKED ? "idea-" + idea.id() : "column-ideas");
        }
    }

    private Component actionCard(ActionCard action) {
        Div card = card("action", action.title(), action.createdByName(), action.createdOn());
        focusable(card, "action-" + action.id());
        card.addClassName("action-" + action.status().name().toLowerCase());
        if (action.overdue()) {
            card.addClassName("overdue");
            card.add(badge(getTranslation("board.action.overdue"), "error"));
        }
        Span owner = new Span(action.ownerName() == null ? getTranslation("board.action.noOwner")
                : getTranslation("board.action.owner", action.ownerName()));
        owner.addClassName("action-owner");
        Span due = new Span(action.dueOn() == null ? getTranslation("board.action.noDue")
                : getTranslation("board.action.due", BoardTexts.day(getLocale(), action.dueOn())));
        due.addClassName("action-due");
        HorizontalLayout statuses = new HorizontalLayout();
        statuses.addClassName("action-statuses");
        statuses.setSpacing(false);
        for (ActionStatus status : ActionStatus.values()) {
            Button button = new Button(getTranslation("board.action.status." + status),
                    click -> changeStatus(action, status));
            button.addThemeVariants(ButtonVariant.LUMO_SMALL,
                    status == action.status() ? ButtonVariant.LUMO_PRIMARY : ButtonVariant.LUMO_TERTIARY);
            button.addClassName("status-" + status.name().toLowerCase());
            button.setEnabled(status != action.status());
            statuses.add(button);
        }
        Button edit = new Button(VaadinIcon.EDIT.create(), click -> editAction(action));
        edit.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        edit.setAriaLabel(getTranslation("board.action.edit"));
        edit.addClassName("action-edit");
        statuses.add(edit);
        card.add(new Div(owner, new Span(" · "), due), statuses, commentsOn(CardKind.ACTION, action.id()));
        return card;
    }

    private void changeStatus(ActionCard action, ActionStatus status) {
        try {
            long version = boards.changeActionStatus(action.id(), action.version(), status);
            refresh();
            focusCard("action-" + action.id());
            Notification notification = new Notification();
            Button undo = new Button(getTranslation("board.undo"), click -> {
                notification.close();
                if (attempt(() -> boards.changeActionStatus(action.id(), version, action.status()))) {
                    refresh();
                }
            });
            undo.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
            notification.add(new HorizontalLayout(new Span(getTranslation("board.action.statusChanged",
                    action.title(), getTranslation("board.action.status." + status))), undo));
            notification.setDuration(8000);
            notification.setPosition(Notification.Position.BOTTOM_START);
            notification.open();
        } catch (OptimisticLockingFailureException conflict) {
            conflictNotice();
            refresh();
        } catch (IllegalStateException | IllegalArgumentException refused) {
            error(getTranslation("board.action.refused"));
        }
    }

    /** The edit dialog keeps what was typed when someone else saved first, and saves on top when asked again. */
    private void editAction(ActionCard action) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("board.action.edit"));
        TextField what = new TextField(getTranslation("board.action.what"), action.title(), "");
        what.setWidthFull();
        what.setId("edit-action-title");
        ComboBox<PersonSummary> owner = new ComboBox<>(getTranslation("board.action.ownerLabel"), board.owners());
        owner.setItemLabelGenerator(PersonSummary::name);
        owner.setId("edit-action-owner");
        board.owners().stream().filter(p -> Objects.equals(p.id(), action.ownerId())).findFirst()
                .ifPresent(owner::setValue);
        DatePicker due = WidgetTexts.localised(new DatePicker(getTranslation("board.action.dueLabel"), action.dueOn()),
                getLocale());
        due.setLocale(getLocale());
        due.setId("edit-action-due");
        Paragraph theirs = new Paragraph();
        theirs.addClassName("conflict-note");
        theirs.setVisible(false);
        long[] version = {action.version()};
        Button save = new Button(getTranslation("board.save"), click -> {
            try {
                boards.editAction(action.id(), version[0], what.getValue(),
                        Optional.ofNullable(owner.getValue()).map(PersonSummary::id).orElse(null), due.getValue());
                dialog.close();
                refresh();
                focusCard("action-" + action.id());
            } catch (OptimisticLockingFailureException conflict) {
                ActionCard now = boards.action(action.id());
                version[0] = now.version();
                theirs.setText(getTranslation("board.conflict.theirs", now.title(),
                        now.ownerName() == null ? "–" : now.ownerName(), BoardTexts.date(getLocale(), now.dueOn())));
                theirs.setVisible(true);
                conflictNotice();
            } catch (InvalidInputException invalid) {
                InputErrors.show(invalid, what);
            } catch (IllegalArgumentException | IllegalStateException refused) {
                error(getTranslation("board.action.refused"));
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("edit-action-save");
        save.addClickShortcut(Key.ENTER);
        dialog.add(new VerticalLayout(theirs, what, owner, due));
        dialog.getFooter().add(new Button(getTranslation("board.cancel"), click -> dialog.close()), save);
        dialog.open();
        what.focus();
    }

    private Component goalCard(GoalCard goal) {
        Div card = new Div();
        card.addClassNames("card", "card-goal");
        focusable(card, "goal-" + goal.id());
        card.add(new Paragraph(goal.title()) {{
            addClassName("card-text");
        }});
        String target = goal.target() == null ? "" : " · " + getTranslation("board.goal.targetIs", format(goal.target()));
        Span measure = new Span((goal.measure() == null ? "" : goal.measure()) + target);
        measure.addClassName("goal-measure");
        Span period = new Span(getTranslation("board.goal.period", BoardTexts.date(getLocale(), goal.startedOn()),
                BoardTexts.date(getLocale(), goal.endsOn())));
        period.addClassName("card-author");
        String last = goal.measurements().isEmpty() ? getTranslation("board.goal.noMeasurements")
                : getTranslation("board.goal.last", format(goal.measurements().get(goal.measurements().size() - 1).value()));
        card.add(measure, new Svg(GoalChart.svg(goal, goal.title() + ": " + last)), new Span(last), period);
        if (!goal.running()) {
            card.addClassName("goal-closed");
            card.add(badge(getTranslation("board.goal.outcome." + goal.outcome())
                    + (goal.outcomeNote() == null ? "" : ": " + goal.outcomeNote()), "contrast"));
            return card;
        }
        NumberField value = new NumberField();
        value.setPlaceholder(getTranslation("board.goal.measurement"));
        value.setAriaLabel(getTranslation("board.goal.measurement"));
        value.addClassName("goal-measurement");
        Button add = new Button(VaadinIcon.PLUS.create(), click -> {
            if (value.getValue() != null && attempt(() -> boards.addMeasurement(goal.id(), null, value.getValue()))) {
                refresh();
                focusCard("goal-" + goal.id());
            }
        });
        add.setAriaLabel(getTranslation("board.goal.measurement"));
        add.addClassName("goal-measurement-add");
        add.addClickShortcut(Key.ENTER).listenOn(value);
        Select<GoalOutcome> outcome = new Select<>();
        outcome.setItems(GoalOutcome.values());
        outcome.setItemLabelGenerator(o -> getTranslation("board.goal.outcome." + o));
        outcome.setPlaceholder(getTranslation("board.goal.close"));
        outcome.setAriaLabel(getTranslation("board.goal.close"));
        TextField why = new TextField();
        why.setPlaceholder(getTranslation("board.goal.why"));
        why.setAriaLabel(getTranslation("board.goal.why"));
        Button close = new Button(getTranslation("board.goal.closeButton"), click -> {
            if (outcome.getValue() != null
                    && attempt(() -> boards.closeGoal(goal.id(), goal.version(), outcome.getValue(), why.getValue()))) {
                refresh();
            }
        });
        close.addThemeVariants(ButtonVariant.LUMO_SMALL);
        Details closeOut = new Details(getTranslation("board.goal.close"), new HorizontalLayout(outcome, why, close));
        card.add(new HorizontalLayout(value, add), closeOut, commentsOn(CardKind.GOAL, goal.id()));
        return card;
    }

    private Component questionCard(CommentCard comment) {
        Div card = card("question", comment.text(), comment.authorName(), comment.writtenOn());
        card.addComponentAsFirst(badge(getTranslation("board.comment.kind." + comment.kind()), ""));
        return card;
    }

    /** Questions and comments about one card, folded away until someone opens them. */
    private Component commentsOn(CardKind kind, long cardId) {
        List<CommentCard> about = board.comments().stream()
                .filter(c -> c.cardKind() == kind && Objects.equals(c.cardId(), cardId)).toList();
        VerticalLayout content = new VerticalLayout();
        content.setPadding(false);
        content.setSpacing(false);
        about.forEach(c -> content.add(new Paragraph(getTranslation("board.comment.line",
                getTranslation("board.comment.kind." + c.kind()), c.text(), c.authorName())) {{
            addClassName("card-comment");
        }}));
        TextField text = new TextField();
        text.setPlaceholder(getTranslation("board.comment.add"));
        text.setAriaLabel(getTranslation("board.comment.add"));
        text.setWidthFull();
        text.addClassName("card-comment-field");
        Button add = new Button(VaadinIcon.COMMENT.create(), click -> {
            if (!text.getValue().isBlank() && attempt(() -> boards.addComment(teamId, authorId(),
                    text.getValue().strip().endsWith("?") ? CommentKind.QUESTION : CommentKind.COMMENT,
                    text.getValue(), kind, cardId))) {
                refresh();
                focusCard(kind.name().toLowerCase() + "-" + cardId);
            }
        });
        add.setAriaLabel(getTranslation("board.comment.add"));
        add.addClickShortcut(Key.ENTER).listenOn(text);
        content.add(new HorizontalLayout(text, add) {{
            setWidthFull();
        }});
        Details details = new Details(getTranslation("board.comments", about.size()), content);
        details.addClassName("card-comments");
        return details;
    }

    // ---- small helpers -----------------------------------------------------------------

    /**
     * A changed card is rebuilt, which takes the keyboard focus with the button that was
     * pressed; the card itself takes it instead, so the next Tab stays on that card.
     */
    private static void focusable(Div card, String id) {
        card.setId(id);
        card.getElement().setAttribute("tabindex", "-1");
    }

    private void focusCard(String id) {
        getElement().executeJs("const card = document.getElementById($0); if (card) { card.focus(); }", id);
    }

    private long authorId() {
        return author.getValue() == null ? board.signedInPersonId() : author.getValue().id();
    }

    /** Runs a change; tells the user in words when it was refused or overtaken, never with a stack trace. */
    private boolean attempt(Runnable change) {
        try {
            change.run();
            return true;
        } catch (OptimisticLockingFailureException conflict) {
            conflictNotice();
            refresh();
        } catch (AccessDeniedException denied) {
            error(getTranslation("board.refused.text"));
        } catch (InvalidInputException invalid) {
            error(invalid.message(getLocale()));
        } catch (IllegalArgumentException | IllegalStateException refused) {
            error(getTranslation("board.action.refused"));
            refresh();
        }
        return false;
    }

    private void conflictNotice() {
        Notification.show(getTranslation("board.conflict"), 6000, Notification.Position.MIDDLE)
                .addThemeVariants(NotificationVariant.LUMO_WARNING);
    }

    private void error(String text) {
        Notification.show(text, 5000, Notification.Position.MIDDLE).addThemeVariants(NotificationVariant.LUMO_ERROR);
    }

    private void notice(String text) {
        Notification.show(text, 3000, Notification.Position.BOTTOM_START);
    }

    private static Span badge(String text, String theme) {
        Span badge = new Span(text);
        badge.getElement().getThemeList().add(("badge " + theme).strip());
        return badge;
    }

    private String format(double value) {
        return value == Math.rint(value) ? String.valueOf((long) value)
                : String.format(getLocale(), "%.1f", value);
    }

    /** A link the router follows in the page: by path, so the board does not depend on the session feature. */
    private static Anchor link(String text, String path) {
        Anchor link = new Anchor(path, text);
        link.getElement().setAttribute("router-link", true);
        return link;
    }

    private static Div column(String name) {
        Div column = new Div();
        column.addClassNames("board-column", "board-column-" + name);
        column.setId("column-" + name);
        column.getElement().setAttribute("tabindex", "-1");
        return column;
    }

    @Override
    protected void onAttach(AttachEvent attach) {
        UI ui = attach.getUI();
        if (teamId > 0 && board != null) {
            subscription = live.register(teamId, ui, change -> ui.access(this::refresh));
        }
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
        return title + " · " + getTranslation("app.name");
    }
}
