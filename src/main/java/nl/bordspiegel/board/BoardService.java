package nl.bordspiegel.board;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.bordspiegel.school.PersonSummary;
import nl.bordspiegel.school.SchoolDirectory;
import nl.bordspiegel.school.TeamPeople;
import nl.bordspiegel.security.CurrentUser;
import nl.bordspiegel.security.SignedInUser;
import nl.bordspiegel.shared.CsvTable;
import nl.bordspiegel.shared.InvalidInputException;
import nl.bordspiegel.shared.Messages;
import nl.bordspiegel.shared.Vocabulary.ActionStatus;
import nl.bordspiegel.shared.Vocabulary.CommentKind;
import nl.bordspiegel.shared.Vocabulary.IdeaStatus;

/**
 * The one door to a team's board. Every read and write first asks the school directory
 * whether the signed-in user may see the team, checks that authors and owners belong to
 * it, compares the version the user saw, logs what changed and tells every open screen.
 */
@Service
@Transactional
public class BoardService {

    /** A new goal runs six weeks unless the team says otherwise (the programme's 4–6 week cycle). */
    public static final int DEFAULT_GOAL_WEEKS = 6;
    /** Done and dropped actions stay visible this long after they closed, so a finished one can be undone. */
    static final int CLOSED_ACTIONS_WEEKS = 6;
    /** Successes are celebrated in the weeks after they happen; older ones live in the history. */
    static final int SUCCESS_WEEKS = 4;
    static final int COMMENT_WEEKS = 8;
    /** Closed goals stay on the board this long after their period, with their outcome. */
    static final int CLOSED_GOAL_WEEKS = 4;
    /** A parked idea stays on the board for one cycle (six weeks); older ones are one click away. */
    static final int PARKED_IDEA_WEEKS = 6;
    /** An open action overdue for longer than this leaves the board for the fold below its column (and stays in the session). */
    static final int OVERDUE_ACTION_WEEKS = 6;

    private static final Set<ActionStatus> OPEN = EnumSet.of(ActionStatus.OPEN, ActionStatus.IN_PROGRESS);

    private final GoalRepository goals;
    private final IdeaRepository ideas;
    private final ActionRepository actions;
    private final SuccessRepository successes;
    private final CommentRepository comments;
    private final ChangeRepository changes;
    private final SchoolDirectory directory;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    BoardService(GoalRepository goals, IdeaRepository ideas, ActionRepository actions, SuccessRepository successes,
                 CommentRepository comments, ChangeRepository changes, SchoolDirectory directory,
                 CurrentUser currentUser, ApplicationEventPublisher events, Clock clock) {
        this.goals = goals;
        this.ideas = ideas;
        this.actions = actions;
        this.successes = successes;
        this.comments = comments;
        this.changes = changes;
        this.directory = directory;
        this.currentUser = currentUser;
        this.events = events;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public boolean canOpen(long teamId) {
        return directory.canSee(teamId);
    }

    @Transactional(readOnly = true)
    public Board board(long teamId) {
        TeamPeople people = directory.team(teamId);
        SignedInUser me = currentUser.require();
        Names names = new Names(people, me);
        LocalDate today = today();
        List<GoalCard> goalCards = goalCards(goals.findShownOnBoard(teamId, today.minusWeeks(CLOSED_GOAL_WEEKS)));
        List<IdeaCard> ideaCards = ideas.findShownOnBoard(teamId, today.minusWeeks(PARKED_IDEA_WEEKS)).stream()
                .map(idea -> ideaCard(idea, names)).toList();
        List<ActionCard> actionCards = actions.findShownOnBoard(teamId, OPEN, today.minusWeeks(CLOSED_ACTIONS_WEEKS),
                        today.minusWeeks(OVERDUE_ACTION_WEEKS)).stream().map(action -> actionCard(action, names, today)).toList();
        List<SuccessCard> successCards = successes.findByTeamIdAndRemovalDeletedAtIsNullAndNotedOnGreaterThanEqualOrderByNotedOnDescIdDesc(
                teamId, today.minusWeeks(SUCCESS_WEEKS)).stream().map(success -> new SuccessCard(success.id(),
                success.version(), success.text(), success.authorId(), names.of(success.authorId()),
                success.notedOn())).toList();
        LocalDate commentsSince = today.minusWeeks(COMMENT_WEEKS);
        List<CommentCard> questions = comments.findByTeamIdAndCardKindIsNullAndRemovalDeletedAtIsNullAndWrittenOnGreaterThanEqualOrderByWrittenOnAscIdAsc(
                teamId, commentsSince).stream().map(comment -> comment.card(names.of(comment.authorId()))).toList();
        Map<CardRef, Integer> commentCounts = comments.countByCard(teamId, commentsSince).stream()
                .collect(Collectors.toMap(row -> (CardRef) row[0], row -> ((Number) row[1]).intValue()));
        return new Board(people.team(), me.personId(), authors(people, me), owners(people), goalCards, ideaCards,
                actionCards, successCards, questions, commentCounts,
                ideas.countParkedBefore(teamId, today.minusWeeks(PARKED_IDEA_WEEKS)),
                actions.countOpenDueBefore(teamId, OPEN, today.minusWeeks(OVERDUE_ACTION_WEEKS)));
    }

    /** The open actions overdue for longer than a cycle, latest due first, a page at a time (the board's lazy list). */
    @Transactional(readOnly = true)
    public List<ActionCard> longOverdueActions(long teamId, int offset, int limit) {
        Names names = new Names(directory.team(teamId), currentUser.require());
        LocalDate today = today();
        return actions.findOpenDueBefore(teamId, OPEN, today.minusWeeks(OVERDUE_ACTION_WEEKS), upToEndOf(offset, limit))
                .stream().skip(offset).map(action -> actionCard(action, names, today)).toList();
    }

    /** The ideas parked longer than a cycle ago, newest first, a page at a time (the board's lazy list). */
    @Transactional(readOnly = true)
    public List<IdeaCard> olderParkedIdeas(long teamId, int offset, int limit) {
        Names names = new Names(directory.team(teamId), currentUser.require());
        return ideas.findParkedBefore(teamId, today().minusWeeks(PARKED_IDEA_WEEKS), upToEndOf(offset, limit))
                .stream().skip(offset).map(idea -> ideaCard(idea, names)).toList();
    }

    /**
     * A lazy list may ask from any offset, not only at page boundaries: the rows up to the end of
     * what it asks for, from which the caller skips {@code offset}.
     */
    private static org.springframework.data.domain.Pageable upToEndOf(int offset, int limit) {
        return org.springframework.data.domain.PageRequest.of(0, offset + Math.max(limit, 1));
    }

    /**
     * One card as the board shows it now, with the same check as {@link #board}: what a screen
     * needs to apply one {@link BoardChanged} without reading the whole board again. A comment
     * about a card gives that card (with its new number of comments). A few queries, whatever
     * the board's age.
     */
    @Transactional(readOnly = true)
    public CardUpdate card(long teamId, CardKind kind, long cardId) {
        Names names = new Names(directory.team(teamId), currentUser.require());
        LocalDate today = today();
        if (kind == CardKind.COMMENT) {
            Optional<BoardComment> comment = comments.findById(cardId).filter(found -> found.teamId() == teamId);
            Optional<CommentCard> card = comment.map(found -> found.card(names.of(found.authorId())));
            if (card.isPresent() && card.get().cardKind() != null) {
                return card(teamId, names, today, new CardRef(card.get().cardKind(), card.get().cardId()));
            }
            return new CardUpdate(new CardRef(kind, cardId), card.filter(question -> !comment.get().removal().deleted()
                    && !question.writtenOn().isBefore(today.minusWeeks(COMMENT_WEEKS))).map(BoardCard.class::cast), 0);
        }
        return card(teamId, names, today, new CardRef(kind, cardId));
    }

    private CardUpdate card(long teamId, Names names, LocalDate today, CardRef ref) {
        long id = ref.id();
        Optional<? extends BoardCard> shown = switch (ref.kind()) {
            case GOAL -> goals.findById(id).filter(goal -> onBoard(goal, teamId))
                    .map(goal -> goalCards(List.of(goal)).get(0))
                    .filter(goal -> goal.running() || goal.endsOn() == null
                            || !goal.endsOn().isBefore(today.minusWeeks(CLOSED_GOAL_WEEKS)));
            case IDEA -> ideas.findById(id).filter(idea -> onBoard(idea, teamId))
                    .filter(idea -> idea.status() == IdeaStatus.NEW || idea.status() == IdeaStatus.PARKED
                            && !idea.proposedOn().isBefore(today.minusWeeks(PARKED_IDEA_WEEKS)))
                    .map(idea -> ideaCard(idea, names));
            case ACTION -> actions.findById(id).filter(action -> action.teamId() == teamId)
                    .filter(action -> OPEN.contains(action.status()) ? !longOverdue(action, today) : action.closedOn() != null
                            && !action.closedOn().isBefore(today.minusWeeks(CLOSED_ACTIONS_WEEKS)))
                    .map(action -> actionCard(action, names, today));
            case SUCCESS -> successes.findById(id).filter(success -> onBoard(success, teamId))
                    .filter(success -> !success.notedOn().isBefore(today.minusWeeks(SUCCESS_WEEKS)))
                    .map(success -> new SuccessCard(success.id(), success.version(), success.text(),
                            success.authorId(), names.of(success.authorId()), success.notedOn()));
            case COMMENT -> throw new IllegalArgumentException("A comment is looked up by card(teamId, COMMENT, id)");
        };
        if (shown.isEmpty()) {
            return CardUpdate.gone(ref);
        }
        return new CardUpdate(ref, shown.map(BoardCard.class::cast),
                comments.countAbout(teamId, ref.kind(), id, today.minusWeeks(COMMENT_WEEKS)));
    }

    /**
     * Due more than a cycle ago and still open: folded away under the actions. An action without
     * a due date stays on the board, where it asks for one.
     */
    private static boolean longOverdue(ImprovementAction action, LocalDate today) {
        return action.dueOn() != null && action.dueOn().isBefore(today.minusWeeks(OVERDUE_ACTION_WEEKS));
    }

    /** The goals' cards with their last measurements, read in one query for all of them (none without goals). */
    private List<GoalCard> goalCards(List<Goal> shown) {
        if (shown.isEmpty()) {
            return List.of();
        }
        Map<Long, LastMeasurements> last = LastMeasurements.byGoal(goals.findLastMeasurements(
                shown.stream().map(Goal::id).toList(), GoalCard.SHOWN_MEASUREMENTS));
        return shown.stream().map(goal -> goal.card(last.getOrDefault(goal.id(), LastMeasurements.NONE))).toList();
    }

    private static boolean onBoard(Removable card, long teamId) {
        return card.teamId() == teamId && !card.removal().deleted();
    }

    /** The comments under one card, oldest first: read when someone unfolds them. */
    @Transactional(readOnly = true)
    public List<CommentCard> comments(long teamId, CardKind kind, long cardId) {
        Names names = new Names(directory.team(teamId), currentUser.require());
        return comments.findByTeamIdAndCardKindAndCardIdAndRemovalDeletedAtIsNullAndWrittenOnGreaterThanEqualOrderByWrittenOnAscIdAsc(
                teamId, kind, cardId, today().minusWeeks(COMMENT_WEEKS)).stream()
                .map(comment -> comment.card(names.of(comment.authorId()))).toList();
    }

    /** The actions a session reviews one by one: open and in progress, earliest due first. */
    @Transactional(readOnly = true)
    public List<ActionCard> openActions(long teamId) {
        TeamPeople people = directory.team(teamId);
        Names names = new Names(people, currentUser.require());
        LocalDate today = today();
        return actions.findByTeamIdAndStatusInOrderByDueOnAscIdAsc(teamId, OPEN).stream()
                .map(action -> actionCard(action, names, today)).toList();
    }

    @Transactional(readOnly = true)
    public ActionCard action(long actionId) {
        ImprovementAction action = visibleAction(actionId);
        return actionCard(action, new Names(directory.team(action.teamId()), currentUser.require()), today());
    }

    // ---- goals -------------------------------------------------------------------------

    /** Adds a running goal; without an end date it runs {@link #DEFAULT_GOAL_WEEKS} weeks. */
    public long addGoal(long teamId, String title, String measure, Double target, LocalDate startsOn,
                        LocalDate endsOn) {
        directory.requireVisible(teamId);
        LocalDate start = startsOn == null ? today() : startsOn;
        LocalDate end = endsOn == null ? start.plusWeeks(DEFAULT_GOAL_WEEKS) : endsOn;
        Goal goal = goals.save(new Goal(teamId, title, measure, target, start, end));
        changed(teamId, ChangeKind.CARD_ADDED, CardKind.GOAL, goal.id(), goal.title());
        return goal.id();
    }

    public void addMeasurement(long goalId, LocalDate on, double value) {
        Goal goal = visibleGoal(goalId);
        goal.measure(on == null ? today() : on, value);
        changed(goal.teamId(), ChangeKind.MEASUREMENT_ADDED, CardKind.GOAL, goalId, goal.title() + ": " + value);
    }

    public void closeGoal(long goalId, long version, GoalOutcome outcome, String why) {
        Goal goal = visibleGoal(goalId);
        checkVersion(CardKind.GOAL, goalId, version, goal.version());
        goal.closeOut(outcome, why);
        changed(goal.teamId(), ChangeKind.GOAL_CLOSED, CardKind.GOAL, goalId, goal.title() + ": " + outcome);
    }

    // ---- ideas -------------------------------------------------------------------------

    public long addIdea(long teamId, long authorId, String text) {
        TeamPeople people = directory.team(teamId);
        requireAuthor(people, authorId);
        Idea idea = ideas.save(new Idea(teamId, authorId, today(), text));
        changed(teamId, ChangeKind.CARD_ADDED, CardKind.IDEA, idea.id(), idea.text());
        return idea.id();
    }

    /**
     * Adopts, parks or drops an idea. Adopting creates an open action linked to the idea,
     * owned by the idea's author when that person may own actions.
     *
     * @return the idea's new version (an undo names it) and, when adopted, the new action's id
     */
    public IdeaDecision decideIdea(long ideaId, long version, IdeaStatus decision) {
        Idea idea = visible(ideas.findById(ideaId), CardKind.IDEA, ideaId, Idea::teamId);
        TeamPeople people = directory.team(idea.teamId());
        checkVersion(CardKind.IDEA, ideaId, version, idea.version());
        idea.decide(decision);
        if (decision != IdeaStatus.ADOPTED) {
            ideas.flush();
            changed(idea.teamId(), decision == IdeaStatus.PARKED ? ChangeKind.IDEA_PARKED : ChangeKind.IDEA_DROPPED,
                    CardKind.IDEA, ideaId, idea.text());
            return new IdeaDecision(idea.version(), null);
        }
        Long owner = ids(owners(people)).contains(idea.authorId()) ? idea.authorId() : null;
        ImprovementAction action = actions.save(new ImprovementAction(idea.teamId(), idea.text(), owner,
                currentUser.require().personId(), ideaId, today(), null));
        ideas.flush();
        changed(idea.teamId(), ChangeKind.IDEA_ADOPTED, CardKind.ACTION, action.id(), idea.text());
        return new IdeaDecision(idea.version(), action.id());
    }

    // ---- actions -----------------------------------------------------------------------

    public long addAction(long teamId, long createdById, String title, Long ownerId, LocalDate due) {
        TeamPeople people = directory.team(teamId);
        requireAuthor(people, createdById);
        requireOwner(people, ownerId);
        ImprovementAction action = actions.save(new ImprovementAction(teamId, title, ownerId, createdById, null,
                today(), due));
        changed(teamId, ChangeKind.CARD_ADDED, CardKind.ACTION, action.id(), action.title());
        return action.id();
    }

    /** One click on the board: sets the status and returns the new version (for an undo). */
    public long changeActionStatus(long actionId, long version, ActionStatus status) {
        ImprovementAction action = visibleAction(actionId);
        checkVersion(CardKind.ACTION, actionId, version, action.version());
        action.changeStatus(status, today());
        actions.flush();
        changed(action.teamId(), ChangeKind.ACTION_STATUS, CardKind.ACTION, actionId, action.title() + ": " + status);
        return action.version();
    }

    public void editAction(long actionId, long version, String title, Long ownerId, LocalDate due) {
        ImprovementAction action = visibleAction(actionId);
        requireOwner(directory.team(action.teamId()), ownerId);
        checkVersion(CardKind.ACTION, actionId, version, action.version());
        action.edit(title, ownerId, due);
        changed(action.teamId(), ChangeKind.CARD_EDITED, CardKind.ACTION, actionId, action.title());
    }

    /** A session's review of one open action: done, still open with a new date, or dropped. */
    public void reviewAction(long actionId, long version, ActionReview review, LocalDate newDue) {
        ImprovementAction action = visibleAction(actionId);
        checkVersion(CardKind.ACTION, actionId, version, action.version());
        switch (review) {
            case DONE -> action.changeStatus(ActionStatus.DONE, today());
            case DROPPED -> action.changeStatus(ActionStatus.DROPPED, today());
            case NEW_DATE -> action.postpone(newDue);
        }
        changed(action.teamId(), ChangeKind.ACTION_REVIEWED, CardKind.ACTION, actionId,
                action.title() + ": " + review + (review == ActionReview.NEW_DATE ? " " + newDue : ""));
    }

    // ---- successes and comments --------------------------------------------------------

    public long addSuccess(long teamId, long authorId, String text) {
        TeamPeople people = directory.team(teamId);
        requireAuthor(people, authorId);
        Success success = successes.save(new Success(teamId, authorId, today(), text));
        changed(teamId, ChangeKind.CARD_ADDED, CardKind.SUCCESS, success.id(), success.text());
        return success.id();
    }

    /** A question or comment on the board; {@code cardKind}/{@code cardId} name the card it is about, or are null. */
    public long addComment(long teamId, long authorId, CommentKind kind, String text, CardKind cardKind,
                           Long cardId) {
        TeamPeople people = directory.team(teamId);
        requireAuthor(people, authorId);
        if (cardKind != null && cardId != null) {
            requireCardOfTeam(teamId, cardKind, cardId);
        }
        BoardComment comment = comments.save(new BoardComment(teamId, authorId, today(), kind, text, cardKind,
                cardId));
        changed(teamId, ChangeKind.CARD_ADDED, CardKind.COMMENT, comment.id(), text);
        return comment.id();
    }

    // ---- corrections ---------------------------------------------------------------------

    public void editSuccess(long successId, long version, String text) {
        Success success = visible(successes.findById(successId), CardKind.SUCCESS, successId, Success::teamId);
        checkVersion(CardKind.SUCCESS, successId, version, success.version());
        success.reword(text);
        changed(success.teamId(), ChangeKind.CARD_EDITED, CardKind.SUCCESS, successId, success.text());
    }

    public void editIdea(long ideaId, long version, String text) {
        Idea idea = visible(ideas.findById(ideaId), CardKind.IDEA, ideaId, Idea::teamId);
        checkVersion(CardKind.IDEA, ideaId, version, idea.version());
        idea.reword(text);
        changed(idea.teamId(), ChangeKind.CARD_EDITED, CardKind.IDEA, ideaId, idea.text());
    }

    public void editComment(long commentId, long version, String text) {
        BoardComment comment = visible(comments.findById(commentId), CardKind.COMMENT, commentId, BoardComment::teamId);
        checkVersion(CardKind.COMMENT, commentId, version, comment.version());
        comment.reword(text);
        changed(comment.teamId(), ChangeKind.CARD_EDITED, CardKind.COMMENT, commentId, text.strip());
    }

    /** A goal's title, measure, target and period; a null start or end keeps the period open on that side. */
    public void editGoal(long goalId, long version, String title, String measure, Double target, LocalDate startsOn,
                         LocalDate endsOn) {
        Goal goal = visibleGoal(goalId);
        checkVersion(CardKind.GOAL, goalId, version, goal.version());
        goal.edit(title, measure, target, startsOn, endsOn);
        changed(goal.teamId(), ChangeKind.CARD_EDITED, CardKind.GOAL, goalId, goal.title());
    }

    /** Takes a goal, idea, success or comment off the board; {@link #restoreCard} brings it back for a while. */
    public void deleteCard(CardKind kind, long cardId, long version) {
        Removable card = removable(kind, cardId, false);
        checkVersion(kind, cardId, version, card.version());
        if (card instanceof Idea idea && idea.status() == IdeaStatus.ADOPTED) {
            // Not shown on the board, and adopting it changed the version checked above: a caller's mistake.
            throw new IllegalStateException("An adopted idea lives on as its action");
        }
        card.removal().delete(LocalDateTime.now(clock));
        changed(card.teamId(), ChangeKind.CARD_DELETED, kind, cardId, card.describe());
    }

    /** Undoes a deletion within {@link Removal#UNDO_WINDOW}: the same card, with its comments, is back. */
    public void restoreCard(CardKind kind, long cardId) {
        Removable card = removable(kind, cardId, true);
        card.removal().restore(LocalDateTime.now(clock));
        changed(card.teamId(), ChangeKind.CARD_RESTORED, kind, cardId, card.describe());
    }

    public void reopenGoal(long goalId, long version) {
        Goal goal = visibleGoal(goalId);
        checkVersion(CardKind.GOAL, goalId, version, goal.version());
        goal.reopen();
        changed(goal.teamId(), ChangeKind.GOAL_REOPENED, CardKind.GOAL, goalId, goal.title());
    }

    /** Corrects the measurement at {@code index} in date order (as the card lists them). */
    public void correctMeasurement(long goalId, long version, int index, double value) {
        Goal goal = visibleGoal(goalId);
        checkVersion(CardKind.GOAL, goalId, version, goal.version());
        goal.correct(index, value);
        changed(goal.teamId(), ChangeKind.MEASUREMENT_EDITED, CardKind.GOAL, goalId, goal.title() + ": " + value);
    }

    /** Removes a measurement and returns it, so an undo can put it back with {@link #addMeasurement}. */
    public GoalCard.MeasurementPoint deleteMeasurement(long goalId, long version, int index) {
        Goal goal = visibleGoal(goalId);
        checkVersion(CardKind.GOAL, goalId, version, goal.version());
        GoalCard.MeasurementPoint removed = goal.removeMeasurement(index);
        changed(goal.teamId(), ChangeKind.CARD_DELETED, CardKind.GOAL, goalId, goal.title() + ": " + removed.value());
        return removed;
    }

    /**
     * Undoes a park, drop or adopt: the idea is {@code before} again. An adopted idea's action
     * goes with it, as long as nobody has started on it. {@code decidedVersion} is the version
     * the decision left ({@link IdeaDecision#ideaVersion()}): when someone changed the idea
     * since (adopted the parked idea, say), the undo is refused and their change stays.
     */
    public void undoIdeaDecision(long ideaId, long decidedVersion, IdeaStatus before) {
        Idea idea = visible(ideas.findById(ideaId), CardKind.IDEA, ideaId, Idea::teamId);
        checkVersion(CardKind.IDEA, ideaId, decidedVersion, idea.version());
        List<ImprovementAction> fromIt = idea.status() == IdeaStatus.ADOPTED ? actions.findByFromIdeaId(ideaId) : List.of();
        if (!fromIt.isEmpty()) {
            Optional<ImprovementAction> takenUp = fromIt.stream()
                    .filter(action -> action.status() != ActionStatus.OPEN).findFirst();
            if (takenUp.isPresent()) {
                // Someone started on the action (or finished it) before the undo: their work stays.
                throw new CardChangedException(CardKind.ACTION, takenUp.get().id(), takenUp.get().version());
            }
            actions.deleteAll(fromIt);
        }
        idea.revert(before);
        changed(idea.teamId(), ChangeKind.DECISION_UNDONE, CardKind.IDEA, ideaId, idea.text());
        // Screens apply changes card by card: each action that went with the idea is named too.
        long me = currentUser.require().personId();
        fromIt.forEach(action -> events.publishEvent(new BoardChanged(idea.teamId(), ChangeKind.DECISION_UNDONE,
                CardKind.ACTION, action.id(), me)));
    }

    // ---- what changed, exports ---------------------------------------------------------

    /** The board's change log between two moments: what a session's record summarises. */
    @Transactional(readOnly = true)
    public List<BoardChangeLine> changesBetween(long teamId, LocalDateTime from, LocalDateTime to) {
        directory.requireVisible(teamId);
        return changes.findByTeamIdAndChangedAtBetweenOrderByChangedAtAscIdAsc(teamId, from, to).stream()
                .map(BoardChangeEntry::line).toList();
    }

    /** Every action of the team, oldest first, as a CSV file for Excel. */
    @Transactional(readOnly = true)
    public byte[] actionsCsv(long teamId, Locale locale) {
        TeamPeople people = directory.team(teamId);
        Names names = new Names(people, currentUser.require());
        CsvTable csv = new CsvTable().row(Stream.of("title", "owner", "createdBy", "createdOn", "due", "status",
                "fromIdea").map(column -> Messages.get(locale, "board.csv." + column)).toList());
        for (ImprovementAction action : actions.findByTeamIdOrderByCreatedOnAscIdAsc(teamId)) {
            csv.row(java.util.Arrays.asList(action.title(),
                    action.ownerId() == null ? "" : names.of(action.ownerId()), names.of(action.createdById()),
                    BoardTexts.date(locale, action.createdOn()), BoardTexts.date(locale, action.dueOn()),
                    Messages.get(locale, "board.action.status." + action.status()),
                    action.fromIdeaId() == null ? "" : Messages.get(locale, "board.csv.yes")));
        }
        return csv.bytes();
    }

    // ---- rules -------------------------------------------------------------------------

    /** How a refusal of a card's text names the field. */
    private static final String TEXT_NAME = "board.input.field.text";

    /** A card's text, trimmed: refused before anything is stored when empty or longer than its column. */
    static String required(String text, int maxLength) {
        return required(text, maxLength, BoardFields.TEXT, TEXT_NAME);
    }

    /** As {@link #required(String, int)}, refused at {@code field}, which the message calls {@code nameKey}. */
    static String required(String text, int maxLength, String field, String nameKey) {
        String trimmed = text == null ? "" : text.strip();
        if (trimmed.isEmpty()) {
            throw InvalidInputException.at(field, "security.input.required", new InvalidInputException.MessageArg(nameKey));
        }
        if (trimmed.length() > maxLength) {
            throw InvalidInputException.at(field, "security.input.tooLong", new InvalidInputException.MessageArg(nameKey),
                    maxLength);
        }
        return trimmed;
    }

    static String optional(String text, int maxLength) {
        return optional(text, maxLength, BoardFields.TEXT, TEXT_NAME);
    }

    static String optional(String text, int maxLength, String field, String nameKey) {
        return text == null || text.isBlank() ? null : required(text, maxLength, field, nameKey);
    }

    /** A card may be written for anyone of the team, its leaders and coaches, or oneself. */
    private void requireAuthor(TeamPeople people, long authorId) {
        if (authorId != currentUser.require().personId() && !ids(people.expectedAtSessions()).contains(authorId)
                && !ids(people.coaches()).contains(authorId)) {
            // The author picked on the screen may have left the team since the board was opened.
            throw InvalidInputException.at(BoardFields.AUTHOR, "board.author.notOfTeam");
        }
    }

    private void requireOwner(TeamPeople people, Long ownerId) {
        if (ownerId != null && !ids(owners(people)).contains(ownerId)) {
            throw InvalidInputException.at(BoardFields.OWNER, "board.action.ownerNotOfTeam");
        }
    }

    private void requireCardOfTeam(long teamId, CardKind kind, long cardId) {
        Optional<Long> owningTeam = switch (kind) {
            case GOAL -> goals.findById(cardId).map(Goal::teamId);
            case IDEA -> ideas.findById(cardId).map(Idea::teamId);
            case ACTION -> actions.findById(cardId).map(ImprovementAction::teamId);
            case SUCCESS -> successes.findById(cardId).map(Success::teamId);
            case COMMENT -> Optional.empty();
        };
        if (owningTeam.isEmpty()) {
            throw CardChangedException.gone(kind, cardId);
        }
        if (owningTeam.get() != teamId) {
            throw new IllegalArgumentException("No " + kind + " " + cardId + " on this board");
        }
    }

    private static void checkVersion(CardKind kind, long id, long seen, long current) {
        if (seen != current) {
            throw new CardChangedException(kind, id, current);
        }
    }

    private Removable removable(CardKind kind, long cardId, boolean deleted) {
        Optional<? extends Removable> card = switch (kind) {
            case GOAL -> goals.findById(cardId);
            case IDEA -> ideas.findById(cardId);
            case SUCCESS -> successes.findById(cardId);
            case COMMENT -> comments.findById(cardId);
            case ACTION -> throw new IllegalArgumentException("An action is dropped, not deleted");
        };
        Removable found = card.orElseThrow(() -> CardChangedException.gone(kind, cardId));
        directory.requireVisible(found.teamId());
        if (found.removal().deleted() != deleted) {
            // Another screen deleted the card first, or brought it back first.
            throw deleted ? new CardChangedException(kind, cardId, found.version()) : CardChangedException.gone(kind, cardId);
        }
        return found;
    }

    /** The card when it exists and the signed-in user may see its team; a deleted card is no longer there to edit. */
    private <T> T visible(Optional<T> found, CardKind kind, long id, java.util.function.ToLongFunction<T> team) {
        T card = found.orElseThrow(() -> CardChangedException.gone(kind, id));
        directory.requireVisible(team.applyAsLong(card));
        if (card instanceof Removable removable && removable.removal().deleted()) {
            throw CardChangedException.gone(kind, id);
        }
        return card;
    }

    private Goal visibleGoal(long goalId) {
        return visible(goals.findById(goalId), CardKind.GOAL, goalId, Goal::teamId);
    }

    private ImprovementAction visibleAction(long actionId) {
        // An action adopted from an idea is removed again when that decision is undone.
        ImprovementAction action = actions.findById(actionId)
                .orElseThrow(() -> CardChangedException.gone(CardKind.ACTION, actionId));
        directory.requireVisible(action.teamId());
        return action;
    }

    private void changed(long teamId, ChangeKind kind, CardKind cardKind, Long cardId, String description) {
        long me = currentUser.require().personId();
        changes.save(new BoardChangeEntry(teamId, LocalDateTime.now(clock), me, kind, cardKind, cardId, description));
        events.publishEvent(new BoardChanged(teamId, kind, cardKind, cardId, me));
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    private static List<PersonSummary> authors(TeamPeople people, SignedInUser me) {
        Map<Long, PersonSummary> byId = new LinkedHashMap<>();
        Stream.of(people.members(), people.leaders(), people.coaches()).flatMap(List::stream)
                .forEach(person -> byId.putIfAbsent(person.id(), person));
        byId.putIfAbsent(me.personId(), new PersonSummary(me.personId(), me.name(), me.roles()));
        return new ArrayList<>(byId.values());
    }

    private static List<PersonSummary> owners(TeamPeople people) {
        return people.expectedAtSessions();
    }

    private static Set<Long> ids(List<PersonSummary> people) {
        return people.stream().map(PersonSummary::id).collect(Collectors.toSet());
    }

    private static IdeaCard ideaCard(Idea idea, Names names) {
        return new IdeaCard(idea.id(), idea.version(), idea.text(), idea.authorId(), names.of(idea.authorId()),
                idea.proposedOn(), idea.status());
    }

    private static ActionCard actionCard(ImprovementAction action, Names names, LocalDate today) {
        return new ActionCard(action.id(), action.version(), action.title(), action.ownerId(),
                action.ownerId() == null ? null : names.of(action.ownerId()), action.createdById(),
                names.of(action.createdById()), action.fromIdeaId(), action.createdOn(), action.dueOn(),
                action.status(), action.overdueOn(today));
    }

    /** Names of the people around a team; someone who left it shows as a dash. */
    private record Names(Map<Long, String> byId) {
        Names(TeamPeople people, SignedInUser me) {
            this(names(people, me));
        }

        private static Map<Long, String> names(TeamPeople people, SignedInUser me) {
            Map<Long, String> byId = Stream.of(people.members(), people.leaders(), people.coaches())
                    .flatMap(List::stream).collect(Collectors.toMap(PersonSummary::id, PersonSummary::name,
                            (first, second) -> first));
            byId.putIfAbsent(me.personId(), me.name());
            return byId;
        }

        String of(long personId) {
            return byId.getOrDefault(personId, "–");
        }
    }

}
