package nl.bordspiegel.coach;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.bordspiegel.school.PersonSummary;
import nl.bordspiegel.school.SchoolDirectory;
import nl.bordspiegel.security.CurrentUser;
import nl.bordspiegel.security.SignedInUser;
import nl.bordspiegel.shared.InvalidInputException;
import nl.bordspiegel.shared.Role;

/**
 * Coach updates: school coaches write them to leaders of their own school; each leader reads
 * exactly the ones addressed to them. (How many a leader receives is a signal in the
 * leadership inference, which reads them from the school's history.)
 */
@Service
@Transactional(readOnly = true)
public class CoachUpdates {

    private final CoachUpdateRepository updates;
    private final JdbcTemplate jdbc;
    private final SchoolDirectory directory;
    private final CurrentUser currentUser;
    private final Clock clock;

    CoachUpdates(CoachUpdateRepository updates, JdbcTemplate jdbc, SchoolDirectory directory, CurrentUser currentUser,
                 Clock clock) {
        this.updates = updates;
        this.jdbc = jdbc;
        this.directory = directory;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** Whom a coach can write to: the school's leaders. */
    public List<PersonSummary> leaders() {
        requireCoach();
        return directory.leaders();
    }

    /** The leaders who follow a team: the usual addressees of an update about it. */
    public List<PersonSummary> leadersOf(long teamId) {
        requireCoach();
        return directory.team(teamId).leaders();
    }

    /**
     * Sends an update; {@code teamId} may be null (about the school as a whole).
     *
     * @throws InvalidInputException when the text is empty or too long, or a recipient is no leader here
     */
    @Transactional
    public long write(Long teamId, Set<Long> leaderIds, String text) {
        SignedInUser coach = requireCoach();
        if (teamId != null) {
            directory.requireVisible(teamId);
        }
        Set<Long> leadersHere = directory.leaders().stream().map(PersonSummary::id).collect(Collectors.toSet());
        if (leaderIds != null && !leadersHere.containsAll(leaderIds)) {
            throw InvalidInputException.at("leaders", "coach.update.error.NOT_A_LEADER");
        }
        return updates.save(new CoachUpdate(coach.schoolId(), coach.personId(), teamId, LocalDate.now(clock), text,
                leaderIds)).id();
    }

    /** The newest updates addressed to the signed-in person (a leader's home page). */
    public List<CoachUpdateView> updatesForMe(int limit) {
        SignedInUser me = currentUser.require();
        return read("join coach_update_recipient r on r.coach_update_id = u.id where r.person_id = ? and u.school_id = ?",
                limit, me.personId(), me.schoolId());
    }

    /** The newest updates the signed-in coach wrote. */
    public List<CoachUpdateView> writtenByMe(int limit) {
        SignedInUser coach = requireCoach();
        return read("where u.author_id = ? and u.school_id = ?", limit, coach.personId(), coach.schoolId());
    }

    /** Every coach's updates about one team, newest first: for the team's coach page. */
    public List<CoachUpdateView> aboutTeam(long teamId, int limit) {
        SignedInUser coach = requireCoach();
        directory.requireVisible(teamId);
        return read("where u.team_id = ? and u.school_id = ?", limit, teamId, coach.schoolId());
    }

    private SignedInUser requireCoach() {
        SignedInUser user = currentUser.require();
        if (!user.has(Role.COACH)) {
            throw new AccessDeniedException("Coach updates are written by school coaches");
        }
        return user;
    }

    /** The updates that meet {@code condition}, newest first, with names from the school's directory. */
    private List<CoachUpdateView> read(String condition, int limit, Object... arguments) {
        List<Object> parameters = new ArrayList<>(List.of(arguments));
        parameters.add(limit);
        List<Row> rows = jdbc.query("select u.id, u.written_on, u.author_id, u.team_id, u.text from coach_update u "
                + condition + " order by u.written_on desc, u.id desc limit ?",
                (rs, row) -> new Row(rs.getLong(1), rs.getObject(2, LocalDate.class), rs.getLong(3),
                        rs.getObject(4, Long.class), rs.getString(5)), parameters.toArray());
        Map<Long, List<Long>> recipients = recipients(rows.stream().map(Row::id).toList());
        Set<Long> people = new HashSet<>();
        rows.forEach(row -> people.add(row.authorId()));
        recipients.values().forEach(people::addAll);
        Map<Long, PersonSummary> names = directory.peopleOfMySchool(people);
        Map<Long, String> teams = directory.teamNamesOfMySchool(rows.stream().map(Row::teamId)
                .filter(Objects::nonNull).collect(Collectors.toSet()));
        return rows.stream().map(row -> new CoachUpdateView(row.id(), row.writtenOn(), name(names, row.authorId()),
                row.teamId() == null ? null : teams.get(row.teamId()), row.text(),
                recipients.getOrDefault(row.id(), List.of()).stream().map(id -> name(names, id)).sorted().toList()))
                .toList();
    }

    private record Row(long id, LocalDate writtenOn, long authorId, Long teamId, String text) {
    }

    private static String name(Map<Long, PersonSummary> people, long id) {
        PersonSummary person = people.get(id);
        return person == null ? "" : person.name();
    }

    private Map<Long, List<Long>> recipients(List<Long> updateIds) {
        Map<Long, List<Long>> recipients = new HashMap<>();
        if (updateIds.isEmpty()) {
            return recipients;
        }
        String marks = updateIds.stream().map(id -> "?").collect(Collectors.joining(", "));
        jdbc.query("select coach_update_id, person_id from coach_update_recipient where coach_update_id in ("
                + marks + ")", rs -> {
                    recipients.computeIfAbsent(rs.getLong(1), id -> new ArrayList<>()).add(rs.getLong(2));
                }, updateIds.toArray());
        return recipients;
    }
}
