package nl.bordspiegel.session;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.springframework.data.domain.PageRequest;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.bordspiegel.audit.AuditAction;
import nl.bordspiegel.audit.AuditLog;
import nl.bordspiegel.board.ActionReview;
import nl.bordspiegel.board.BoardChangeLine;
import nl.bordspiegel.board.BoardService;
import nl.bordspiegel.board.BoardTexts;
import nl.bordspiegel.board.ChangeKind;
import nl.bordspiegel.shared.CsvTable;
import nl.bordspiegel.school.PersonSummary;
import nl.bordspiegel.school.SchoolDirectory;
import nl.bordspiegel.school.TeamPeople;
import nl.bordspiegel.security.CurrentUser;
import nl.bordspiegel.shared.InvalidInputException;
import nl.bordspiegel.shared.Messages;
import nl.bordspiegel.shared.Vocabulary.AttendanceMark;

/**
 * The door to a team's sessions: start with an agenda and who leads, attendance, the
 * review of open actions, close with its record, cancel, and the history. Every call
 * checks through the school directory that the signed-in user may see the team.
 */
@Service
@Transactional
public class SessionService {


    private final BoardSessionRepository sessions;
    private final AttendanceRepository attendance;
    private final AgendaStepRepository agendaSteps;
    private final BoardService board;
    private final SchoolDirectory directory;
    private final CurrentUser currentUser;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    SessionService(BoardSessionRepository sessions, AttendanceRepository attendance, AgendaStepRepository agendaSteps,
                   BoardService board, SchoolDirectory directory, CurrentUser currentUser, AuditLog audit,
                   ApplicationEventPublisher events, Clock clock) {
        this.sessions = sessions;
        this.attendance = attendance;
        this.audit = audit;
        this.agendaSteps = agendaSteps;
        this.board = board;
        this.directory = directory;
        this.currentUser = currentUser;
        this.events = events;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public boolean canOpen(long teamId) {
        return directory.canSee(teamId);
    }

    /** Who may lead the team's session: its teachers, its coaches and the leaders following it. */
    @Transactional(readOnly = true)
    public List<PersonSummary> mayLead(long teamId) {
        return mayLead(directory.team(teamId));
    }

    // ---- agenda ------------------------------------------------------------------------

    @Transactional(readOnly = true)
    public List<AgendaItem> agenda(long teamId) {
        directory.requireVisible(teamId);
        List<AgendaItem> own = agendaSteps.findByTeamIdOrderByPositionAsc(teamId).stream().map(AgendaStep::item)
                .toList();
        return own.isEmpty() ? AgendaItem.DEFAULT : own;
    }

    /** Replaces the team's agenda: steps in the given order, renamed as given. */
    public void saveAgenda(long teamId, List<AgendaItem> steps) {
        directory.requireVisible(teamId);
        if (steps.isEmpty()) {
            throw new InvalidInputException("session.agenda.atLeastOne");
        }
        agendaSteps.deleteByTeam(teamId);
        for (int i = 0; i < steps.size(); i++) {
            agendaSteps.save(new AgendaStep(teamId, i, steps.get(i)));
        }
        changed(teamId);
    }

    // ---- running a session -------------------------------------------------------------

    @Transactional(readOnly = true)
    public Optional<RunningSession> running(long teamId) {
        TeamPeople people = directory.team(teamId);
        return sessions.findFirstByTeamIdAndStateOrderByIdDesc(teamId, SessionState.RUNNING)
                .map(session -> running(session, people));
    }

    /**
     * Starts this week's session led by {@code ledById}, or joins the one already running.
     * Two screens that start at the very same moment are kept to one session by the
     * database (a unique running team): the later one's transaction fails and its screen
     * joins on the retry. Members start present, leaders absent until marked; the starter is present.
     */
    public long start(long teamId, long ledById) {
        TeamPeople people = directory.team(teamId);
        requireMayLead(people, ledById);
        Optional<BoardSession> already = sessions.findFirstByTeamIdAndStateOrderByIdDesc(teamId, SessionState.RUNNING);
        if (already.isPresent()) {
            return join(already.get());
        }
        BoardSession session = sessions.saveAndFlush(BoardSession.start(teamId, now(), ledById));
        Set<Long> members = people.members().stream().map(PersonSummary::id).collect(Collectors.toSet());
        attendance.saveAll(people.expectedAtSessions().stream().map(person -> new Attendance(session.id(), person.id(),
                members.contains(person.id()) ? AttendanceMark.PRESENT : AttendanceMark.ABSENT)).toList());
        attendance.findBySessionIdAndPersonId(session.id(), currentUser.require().personId())
                .ifPresent(Attendance::joined);
        changed(teamId);
        return session.id();
    }

    /** Opening the session screen: marks the signed-in person present if they are expected. */
    public void join(long sessionId) {
        join(runningSession(sessionId));
    }

    public void changeLeader(long sessionId, long personId) {
        BoardSession session = runningSession(sessionId);
        requireMayLead(directory.team(session.teamId()), personId);
        session.ledBy(personId);
        changed(session.teamId());
    }

    /** Marks one person; touches only that person's row, so screens marking others never conflict. */
    public void mark(long sessionId, long personId, AttendanceMark mark, String reason) {
        BoardSession session = runningSession(sessionId);
        if (attendanceOf(session, personId).mark(mark, reason)) {
            changed(session.teamId());
        }
    }

    public void goToStep(long sessionId, int step) {
        BoardSession session = runningSession(sessionId);
        session.goToStep(step, agenda(session.teamId()).size());
        changed(session.teamId());
    }

    /** Goes through one open action during the session: done, new date, or dropped. */
    public void reviewAction(long sessionId, long actionId, long actionVersion, ActionReview review,
                             LocalDate newDue) {
        BoardSession session = runningSession(sessionId);
        if (board.openActions(session.teamId()).stream().noneMatch(action -> action.id() == actionId)) {
            throw new SessionConflictException("Action " + actionId + " is not open on this team's board any more");
        }
        board.reviewAction(actionId, actionVersion, review, newDue);
    }

    /** Closes the session and records what changed on the board while it ran. */
    public SessionSummary close(long sessionId) {
        BoardSession session = runningSession(sessionId);
        LocalDateTime end = now();
        List<BoardChangeLine> changes = board.changesBetween(session.teamId(), session.startedAt(), end);
        session.close(end, count(changes, ChangeKind.ACTION_REVIEWED, ChangeKind.ACTION_STATUS),
                count(changes, ChangeKind.IDEA_ADOPTED), count(changes, ChangeKind.MEASUREMENT_ADDED),
                count(changes, ChangeKind.CARD_ADDED));
        changed(session.teamId());
        return summary(session, directory.team(session.teamId()), changes);
    }

    // ---- corrections after the close -------------------------------------------------------

    /** Corrects one person's mark of a session closed today; the correction is in the audit log. */
    public void correctAttendance(long sessionId, long personId, AttendanceMark mark, String reason) {
        BoardSession session = correctableSession(sessionId);
        if (attendanceOf(session, personId).mark(mark, reason)) {
            TeamPeople people = directory.team(session.teamId());
            audit.record(AuditAction.SESSION_CORRECTED, correction(session, people, Messages.get(Messages.DUTCH,
                    "session.audit.mark", names(people).getOrDefault(personId, "–"),
                    Messages.get(Messages.DUTCH, "session.mark." + mark))));
            changed(session.teamId());
        }
    }

    /** Corrects who led a session closed today; the correction is in the audit log. */
    public void correctLeader(long sessionId, long personId) {
        BoardSession session = correctableSession(sessionId);
        TeamPeople people = directory.team(session.teamId());
        requireMayLead(people, personId);
        session.correctLeader(personId, today());
        audit.record(AuditAction.SESSION_CORRECTED, correction(session, people,
                Messages.get(Messages.DUTCH, "session.audit.leader", names(people).getOrDefault(personId, "–"))));
        changed(session.teamId());
    }

    /**
     * Undoes the close of a session closed today: it runs again. Refused while another
     * session of the team runs, as one team has one running session.
     */
    public void reopen(long sessionId) {
        BoardSession session = correctableSession(sessionId);
        if (sessions.findFirstByTeamIdAndStateOrderByIdDesc(session.teamId(), SessionState.RUNNING).isPresent()) {
            throw new InvalidInputException("session.reopen.anotherRunning");
        }
        session.reopen(today());
        audit.record(AuditAction.SESSION_REOPENED, correction(session, directory.team(session.teamId()), ""));
        changed(session.teamId());
    }

    /** Cancels the running session of the team, or records this date's session as cancelled. */
    public long cancel(long teamId, LocalDate on, String reason) {
        directory.requireVisible(teamId);
        Optional<BoardSession> runningNow = sessions.findFirstByTeamIdAndStateOrderByIdDesc(teamId,
                SessionState.RUNNING);
        BoardSession session;
        if (runningNow.isPresent()) {
            session = runningNow.get();
            session.cancel(reason);
            // The running column is freed in this very flush, before any later start of this team inserts.
            sessions.flush();
        } else {
            session = sessions.save(BoardSession.cancelled(teamId, on == null ? today() : on, reason));
        }
        changed(teamId);
        return session.id();
    }

    // ---- the record --------------------------------------------------------------------

    @Transactional(readOnly = true)
    public SessionSummary summary(long sessionId) {
        BoardSession session = sessions.findById(sessionId)
                .orElseThrow(() -> new IllegalArgumentException("No session " + sessionId));
        TeamPeople people = directory.team(session.teamId());
        List<BoardChangeLine> changes = session.state() == SessionState.CLOSED
                ? board.changesBetween(session.teamId(), session.startedAt(), session.endedAt()) : List.of();
        return summary(session, people, changes);
    }

    /** How many weeks the history spans: from the week of the first record to this week. */
    @Transactional(readOnly = true)
    public int historyWeeks(long teamId) {
        directory.requireVisible(teamId);
        return sessions.firstDate(teamId)
                .map(first -> (int) ChronoUnit.WEEKS.between(monday(first), monday(today())) + 1).orElse(0);
    }

    /** A page of the history, newest week first; week 0 is this week. Reads only the sessions of those weeks. */
    @Transactional(readOnly = true)
    public List<HistoryWeek> history(long teamId, int offset, int limit) {
        TeamPeople people = directory.team(teamId);
        int weeks = Math.min(limit, historyWeeks(teamId) - offset);
        if (weeks <= 0) {
            return List.of();
        }
        LocalDate newestMonday = monday(today()).minusWeeks(offset);
        LocalDate oldestMonday = newestMonday.minusWeeks(weeks - 1L);
        Map<LocalDate, List<SessionLine>> byWeek = lines(sessions
                .findByTeamIdAndHeldOnBetweenOrderByHeldOnDescIdDesc(teamId, oldestMonday, newestMonday.plusDays(6)),
                people).stream().collect(Collectors.groupingBy(line -> monday(line.heldOn())));
        List<HistoryWeek> page = new ArrayList<>();
        for (int i = 0; i < weeks; i++) {
            LocalDate week = newestMonday.minusWeeks(i);
            page.add(new HistoryWeek(week, byWeek.getOrDefault(week, List.of())));
        }
        return page;
    }

    /** Who led the last closed sessions, newest first: rotation made visible. */
    @Transactional(readOnly = true)
    public List<SessionLine> recentlyLed(long teamId, int count) {
        TeamPeople people = directory.team(teamId);
        return lines(sessions.findByTeamIdAndStateOrderByHeldOnDescIdDesc(teamId, SessionState.CLOSED,
                PageRequest.of(0, count)), people);
    }

    /** The team's sessions in a period, oldest first: for overviews of other features. */
    @Transactional(readOnly = true)
    public List<SessionLine> sessionsBetween(long teamId, LocalDate from, LocalDate to) {
        TeamPeople people = directory.team(teamId);
        List<SessionLine> lines = new ArrayList<>(lines(sessions.findByTeamIdAndHeldOnBetweenOrderByHeldOnDescIdDesc(
                teamId, from, to), people));
        lines.sort(Comparator.comparing(SessionLine::heldOn).thenComparing(SessionLine::id));
        return lines;
    }

    /** The whole session history as a CSV file for Excel. */
    @Transactional(readOnly = true)
    public byte[] historyCsv(long teamId, Locale locale) {
        TeamPeople people = directory.team(teamId);
        CsvTable csv = new CsvTable().row(Stream.of("date", "state", "start", "duration", "ledBy", "present",
                "partial", "absent", "reviewed", "adopted", "measured", "added", "reason")
                .map(column -> Messages.get(locale, "session.csv." + column)).toList());
        for (SessionLine line : lines(sessions.findByTeamIdOrderByHeldOnAscIdAsc(teamId), people)) {
            csv.row(Arrays.asList(BoardTexts.date(locale, line.heldOn()),
                    Messages.get(locale, "session.state." + line.state()),
                    line.startedAt() == null ? "" : line.startedAt().toLocalTime().withSecond(0).withNano(0),
                    line.durationMinutes(), line.ledByName(), line.present(), line.partial(), line.absent(),
                    line.actionsReviewed(), line.ideasAdopted(), line.measurementsAdded(), line.cardsAdded(),
                    line.cancelReason()));
        }
        return csv.bytes();
    }

    // ---- inside ------------------------------------------------------------------------

    /** Idempotent: only the first opening by an absent, unmarked person changes anything. */
    private long join(BoardSession session) {
        directory.requireVisible(session.teamId());
        boolean changed = attendance.findBySessionIdAndPersonId(session.id(), currentUser.require().personId())
                .map(Attendance::joined).orElse(false);
        if (changed) {
            changed(session.teamId());
        }
        return session.id();
    }

    private Attendance attendanceOf(BoardSession session, long personId) {
        return attendance.findBySessionIdAndPersonId(session.id(), personId)
                .orElseThrow(() -> new IllegalArgumentException("Person " + personId + " is not expected here"));
    }

    private BoardSession correctableSession(long sessionId) {
        BoardSession session = sessions.findById(sessionId)
                .orElseThrow(() -> new IllegalArgumentException("No session " + sessionId));
        directory.requireVisible(session.teamId());
        session.requireCorrectable(today());
        return session;
    }

    /** The audit line of a correction: which team's session of which day, and what changed. */
    private static String correction(BoardSession session, TeamPeople people, String what) {
        String which = people.team().name() + ", " + session.heldOn();
        return what.isEmpty() ? which : which + ": " + what;
    }

    private BoardSession runningSession(long sessionId) {
        BoardSession session = sessions.findById(sessionId)
                .orElseThrow(() -> new IllegalArgumentException("No session " + sessionId));
        directory.requireVisible(session.teamId());
        if (session.state() != SessionState.RUNNING) {
            throw new SessionConflictException("Session " + sessionId + " is " + session.state());
        }
        return session;
    }

    /** A session is led by a teacher of the team, one of its coaches or a leader following it. */
    private static void requireMayLead(TeamPeople people, long personId) {
        if (mayLead(people).stream().noneMatch(person -> person.id() == personId)) {
            // The person picked on the screen may have left the team since it was opened.
            throw InvalidInputException.at("leader", "session.leader.notOfTeam");
        }
    }

    private static List<PersonSummary> mayLead(TeamPeople people) {
        return Stream.of(people.members(), people.coaches(), people.leaders()).flatMap(List::stream).distinct()
                .toList();
    }

    private RunningSession running(BoardSession session, TeamPeople people) {
        Map<Long, String> names = names(people);
        return new RunningSession(session.id(), session.teamId(), people.team().name(), session.startedAt(),
                session.ledById(), names.getOrDefault(session.ledById(), "–"), session.currentStep(),
                agenda(session.teamId()), attendance(session, people), mayLead(people));
    }

    private SessionSummary summary(BoardSession session, TeamPeople people, List<BoardChangeLine> changes) {
        Long ledBy = session.ledById();
        return new SessionSummary(session.id(), session.teamId(), people.team().name(), session.heldOn(),
                session.state(), session.startedAt(), session.durationMinutes(), ledBy,
                ledBy == null ? null : names(people).getOrDefault(ledBy, "–"), session.cancelReason(),
                attendance(session, people), session.actionsReviewed(), session.ideasAdopted(),
                session.measurementsAdded(), session.cardsAdded(), changes, session.correctableOn(today()));
    }

    /** History lines with their attendance counts, read in one query for all sessions. */
    private List<SessionLine> lines(List<BoardSession> found, TeamPeople people) {
        Map<Long, List<Attendance>> marks = found.isEmpty() ? Map.of()
                : attendance.findBySessionIdIn(found.stream().map(BoardSession::id).toList()).stream()
                .collect(Collectors.groupingBy(Attendance::sessionId));
        return found.stream().map(session -> line(session, marks.getOrDefault(session.id(), List.of()), people))
                .toList();
    }

    private static SessionLine line(BoardSession session, List<Attendance> rows, TeamPeople people) {
        Map<AttendanceMark, Long> marks = rows.stream()
                .collect(Collectors.groupingBy(Attendance::mark, Collectors.counting()));
        Long ledBy = session.ledById();
        return new SessionLine(session.id(), session.teamId(), session.heldOn(), session.state(),
                session.startedAt(), session.durationMinutes(), ledBy,
                ledBy == null ? null : names(people).getOrDefault(ledBy, "–"), session.cancelReason(),
                marks.getOrDefault(AttendanceMark.PRESENT, 0L).intValue(),
                marks.getOrDefault(AttendanceMark.PARTIAL, 0L).intValue(),
                marks.getOrDefault(AttendanceMark.ABSENT, 0L).intValue(), session.actionsReviewed(),
                session.ideasAdopted(), session.measurementsAdded(), session.cardsAdded());
    }

    /** Members first, then leaders, each by name, as the attendance list reads in the room. */
    private List<AttendanceLine> attendance(BoardSession session, TeamPeople people) {
        Map<Long, String> names = names(people);
        Set<Long> leaders = people.leaders().stream().map(PersonSummary::id).collect(Collectors.toSet());
        List<Long> order = people.expectedAtSessions().stream().map(PersonSummary::id).toList();
        return attendance.findBySessionId(session.id()).stream()
                .sorted(Comparator.comparingInt((Attendance presence) -> {
                    int at = order.indexOf(presence.personId());
                    return at < 0 ? Integer.MAX_VALUE : at;
                }))
                .map(presence -> new AttendanceLine(presence.personId(),
                        names.getOrDefault(presence.personId(), "–"), leaders.contains(presence.personId()),
                        presence.mark(), presence.reason()))
                .toList();
    }

    private static Map<Long, String> names(TeamPeople people) {
        return Stream.of(people.members(), people.leaders(), people.coaches()).flatMap(List::stream)
                .collect(Collectors.toMap(PersonSummary::id, PersonSummary::name, (first, second) -> first));
    }

    private static int count(List<BoardChangeLine> changes, ChangeKind... kinds) {
        Set<ChangeKind> wanted = Set.of(kinds);
        return (int) changes.stream().filter(change -> wanted.contains(change.kind())).count();
    }

    private void changed(long teamId) {
        events.publishEvent(new SessionChanged(teamId, currentUser.require().personId()));
    }

    private LocalDateTime now() {
        return LocalDateTime.now(clock);
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    private static LocalDate monday(LocalDate date) {
        return date.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }
}
