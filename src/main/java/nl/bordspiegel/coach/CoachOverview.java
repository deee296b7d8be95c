package nl.bordspiegel.coach;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.bordspiegel.board.BoardFacts;
import nl.bordspiegel.board.BoardFacts.ActionFact;
import nl.bordspiegel.board.BoardFacts.GoalFact;
import nl.bordspiegel.school.PersonSummary;
import nl.bordspiegel.school.SchoolDirectory;
import nl.bordspiegel.school.TeamSummary;
import nl.bordspiegel.security.CurrentUser;
import nl.bordspiegel.security.SignedInUser;
import nl.bordspiegel.session.SessionFacts;
import nl.bordspiegel.session.SessionFacts.AttendanceFact;
import nl.bordspiegel.session.SessionFacts.SessionFact;
import nl.bordspiegel.shared.Role;

/**
 * How every team of the school is doing, for its school coaches (and, reading only, its
 * admins). Reads through the board's and the sessions' own query services and leaves the
 * rules to {@link TeamStatusCalculator}. Never shows a leader's inferred pattern: that stays
 * in the leader's mirror.
 */
@Service
@Transactional(readOnly = true)
public class CoachOverview {

    /** The overview's window: the current week and the five before it. */
    public static final int WEEKS = TeamStatusCalculator.WEEKS;
    /** The trend goes back at most one year: a school year and its holidays. */
    static final int TREND_WEEKS = 52;

    private final BoardFacts boards;
    private final SessionFacts sessions;
    private final SchoolDirectory directory;
    private final CurrentUser currentUser;
    private final Clock clock;

    CoachOverview(BoardFacts boards, SessionFacts sessions, SchoolDirectory directory, CurrentUser currentUser,
                  Clock clock) {
        this.boards = boards;
        this.sessions = sessions;
        this.directory = directory;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** Every team of the school; teams that need attention first, then by name. */
    public List<TeamStatus> teams() {
        requireReader();
        List<TeamSummary> teams = directory.visibleTeams();
        if (teams.isEmpty()) {
            return List.of();
        }
        return statuses(teams).stream()
                .sorted(Comparator.comparing((TeamStatus status) -> !status.needsAttention())
                        .thenComparing(TeamStatus::teamName))
                .toList();
    }

    /**
     * One team's trend over (at most) the last year, with its open actions and goals. Actions
     * are charted by the week they were agreed, within that year; older ones still open are listed.
     */
    public TeamTrend trend(long teamId) {
        requireReader();
        directory.requireVisible(teamId);
        TeamSummary team = directory.team(teamId).team();
        TeamStatus status = statuses(List.of(team)).get(0);
        LocalDate today = LocalDate.now(clock);
        LocalDate thisMonday = TeamStatusCalculator.monday(today);
        LocalDate yearAgo = thisMonday.minusWeeks(TREND_WEEKS - 1);
        List<SessionFact> year = sessions.sessions(List.of(teamId), yearAgo, today);
        List<AttendanceFact> marks = sessions.attendance(List.of(teamId), yearAgo, today);
        List<ActionFact> actions = boards.currentActions(List.of(teamId), yearAgo);
        List<ActionFact> agreedThisYear = actions.stream().filter(action -> !action.createdOn().isBefore(yearAgo))
                .toList();
        LocalDate first = year.stream().map(SessionFact::heldOn).min(LocalDate::compareTo).orElse(today);
        return new TeamTrend(status,
                TeamStatusCalculator.weeks(TeamStatusCalculator.monday(first), thisMonday, year, marks, leaders(marks)),
                TeamStatusCalculator.actionWeeks(agreedThisYear, today), openActions(actions, today),
                boards.runningGoals(List.of(teamId), today).stream()
                        .map(goal -> TeamStatusCalculator.progress(goal, today)).toList());
    }

    /** The overview as a spreadsheet file (see {@link OverviewCsv}). */
    public byte[] csv(Locale locale) {
        return OverviewCsv.write(teams(), locale);
    }

    private SignedInUser requireReader() {
        SignedInUser user = currentUser.require();
        if (!user.has(Role.COACH) && !user.has(Role.ADMIN)) {
            throw new AccessDeniedException("The coach overview is for school coaches and admins");
        }
        return user;
    }

    private List<TeamStatus> statuses(List<TeamSummary> teams) {
        List<Long> ids = teams.stream().map(TeamSummary::id).toList();
        LocalDate today = LocalDate.now(clock);
        LocalDate from = TeamStatusCalculator.windowStart(today);
        List<AttendanceFact> marks = sessions.attendance(ids, from, today);
        Set<Long> leaders = leaders(marks);
        Map<Long, List<SessionFact>> sessionsByTeam = TeamStatusCalculator.group(sessions.sessions(ids, from, today),
                SessionFact::teamId);
        Map<Long, List<AttendanceFact>> marksByTeam = TeamStatusCalculator.group(marks, AttendanceFact::teamId);
        Map<Long, List<ActionFact>> actions = TeamStatusCalculator.group(boards.currentActions(ids, from),
                ActionFact::teamId);
        Map<Long, List<GoalFact>> goals = TeamStatusCalculator.group(boards.runningGoals(ids, today), GoalFact::teamId);
        Map<Long, LocalDate> lastHeld = sessions.lastHeld(ids, today);
        Map<Long, LocalDate> firstRecorded = sessions.firstRecorded(ids);
        return teams.stream().map(team -> TeamStatusCalculator.status(team.id(), team.name(), today,
                sessionsByTeam.getOrDefault(team.id(), List.of()), marksByTeam.getOrDefault(team.id(), List.of()),
                leaders, actions.getOrDefault(team.id(), List.of()), goals.getOrDefault(team.id(), List.of()),
                lastHeld.get(team.id()), firstRecorded.get(team.id()))).toList();
    }

    /** Whoever holds the leader role among those marked, also when visiting a team they do not follow. */
    private Set<Long> leaders(List<AttendanceFact> marks) {
        Set<Long> people = marks.stream().map(AttendanceFact::personId).collect(Collectors.toSet());
        return directory.peopleOfMySchool(people).values().stream()
                .filter(person -> person.roles().contains(Role.LEADER)).map(PersonSummary::id)
                .collect(Collectors.toSet());
    }

    /** Open actions, those with a due date first and soonest first, with their owner's name. */
    private List<TeamTrend.OpenAction> openActions(List<ActionFact> actions, LocalDate today) {
        List<ActionFact> open = actions.stream().filter(ActionFact::open).toList();
        Map<Long, PersonSummary> owners = directory.peopleOfMySchool(open.stream().map(ActionFact::ownerId)
                .filter(Objects::nonNull).collect(Collectors.toSet()));
        return open.stream().map(action -> new TeamTrend.OpenAction(action.title(),
                action.ownerId() == null || !owners.containsKey(action.ownerId()) ? null
                        : owners.get(action.ownerId()).name(),
                action.dueOn(), action.status().name(), action.overdue(today))).toList();
    }
}
