package nl.bordspiegel.history;

import java.sql.Date;
import java.sql.PreparedStatement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.bordspiegel.shared.Role;

/**
 * Writes a validated {@link SchoolHistory} into the database as one new school, in one
 * transaction: it is imported whole or not at all. The history format mirrors the schema,
 * so this class (with {@link HistoryExporter}) is the one mapping between the two.
 */
@Service
public class HistoryImporter {

    private final JdbcTemplate jdbc;

    HistoryImporter(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Imports the school. {@code passwordHash} is given to every person (the demo school);
     * for a real school it is null and people set their own password later.
     *
     * @return the new school's id
     * @throws HistoryFormatException when a login e-mail already belongs to someone
     */
    @Transactional
    public long importSchool(SchoolHistory history, String passwordHash) {
        rejectEmailsInUse(history);
        return new Run(passwordHash).importAll(history);
    }

    /** Marks the demo school: its published password works there and nowhere else. */
    @Transactional
    public void markAsDemo(long schoolId) {
        jdbc.update("update school set demo = true where id = ?", schoolId);
    }

    /** The people of a school by their login e-mail, for the restore command's set-password links. */
    @Transactional(readOnly = true)
    public Map<String, Long> personIdsByEmail(long schoolId) {
        Map<String, Long> ids = new java.util.TreeMap<>();
        jdbc.query("select id, email from person where school_id = ? and active = true", rs -> {
            ids.put(rs.getString("email"), rs.getLong("id"));
        }, schoolId);
        return ids;
    }

    public boolean databaseHasSchools() {
        Integer count = jdbc.queryForObject("select count(*) from school", Integer.class);
        return count != null && count > 0;
    }

    private void rejectEmailsInUse(SchoolHistory history) {
        for (int i = 0; i < history.people().size(); i++) {
            String email = history.people().get(i).email().toLowerCase(Locale.ROOT);
            Integer used = jdbc.queryForObject("select count(*) from person where email = ?", Integer.class, email);
            if (used != null && used > 0) {
                // Not "in use": the file's school must not learn who has an account elsewhere.
                throw new HistoryFormatException("people[" + i + "].email", "cannot be used \"" + email + "\"");
            }
        }
    }

    /** One import: the maps from the file's keys to the new rows' ids. */
    private final class Run {
        private final String passwordHash;
        private final Map<String, Long> people = new HashMap<>();
        private final Map<String, Long> teams = new HashMap<>();
        private final Map<String, Long> ideas = new HashMap<>();
        private long schoolId;

        Run(String passwordHash) {
            this.passwordHash = passwordHash;
        }

        long importAll(SchoolHistory history) {
            schoolId = insert("school", Map.of("name", history.school().name(),
                    "sector", history.school().sector().name()));
            history.people().forEach(this::person);
            history.teams().forEach(this::team);
            history.goals().forEach(this::goal);
            history.ideas().forEach(this::idea);
            history.actions().forEach(this::action);
            history.successes().forEach(this::success);
            history.comments().forEach(this::comment);
            history.visionItems().forEach(this::visionItem);
            history.sessions().forEach(this::session);
            timeEntries(history.timeEntries());
            checkIns(history.checkIns());
            history.coachUpdates().forEach(this::coachUpdate);
            return schoolId;
        }

        private void person(SchoolHistory.Person person) {
            Map<String, Object> row = new HashMap<>();
            row.put("school_id", schoolId);
            row.put("name", person.name());
            row.put("email", person.email().toLowerCase(Locale.ROOT));
            row.put("password_hash", passwordHash);
            long id = insert("person", row);
            people.put(person.key(), id);
            for (Role role : person.roles()) {
                jdbc.update("insert into person_role (person_id, role) values (?, ?)", id, role.name());
            }
        }

        private void team(SchoolHistory.Team team) {
            long id = insert("team", Map.of("school_id", schoolId, "name", team.name()));
            teams.put(team.key(), id);
            link("team_member", "team_id", id, team.members());
            link("team_leader", "team_id", id, team.leaders());
            link("team_coach", "team_id", id, team.coaches());
        }

        private void goal(SchoolHistory.Goal goal) {
            Map<String, Object> row = new HashMap<>();
            row.put("team_id", teams.get(goal.team()));
            row.put("title", goal.title());
            row.put("measure", goal.measure());
            row.put("target", goal.target());
            goal.measurements().stream().map(SchoolHistory.Measurement::date).min(LocalDate::compareTo)
                    .ifPresent(first -> row.put("started_on", Date.valueOf(first)));
            long id = insert("goal", row);
            jdbc.batchUpdate("insert into measurement (goal_id, measured_on, measured_value) values (?, ?, ?)",
                    goal.measurements().stream()
                            .map(m -> new Object[] {id, Date.valueOf(m.date()), m.value()}).toList());
        }

        private void idea(SchoolHistory.Idea idea) {
            ideas.put(idea.key(), insert("idea", Map.of("team_id", teams.get(idea.team()),
                    "author_id", people.get(idea.author()), "proposed_on", Date.valueOf(idea.date()),
                    "text", idea.text(), "status", idea.status().name())));
        }

        private void action(SchoolHistory.Action action) {
            Map<String, Object> row = new HashMap<>();
            row.put("team_id", teams.get(action.team()));
            row.put("title", action.title());
            row.put("owner_id", action.owner() == null ? null : people.get(action.owner()));
            row.put("created_by_id", people.get(action.createdBy()));
            row.put("from_idea_id", action.fromIdea() == null ? null : ideas.get(action.fromIdea()));
            row.put("created_on", Date.valueOf(action.created()));
            row.put("due_on", action.due() == null ? null : Date.valueOf(action.due()));
            row.put("closed_on", action.closed() == null ? null : Date.valueOf(action.closed()));
            row.put("status", action.status().name());
            insert("improvement_action", row);
        }

        private void success(SchoolHistory.Success success) {
            insert("success", Map.of("team_id", teams.get(success.team()), "author_id", people.get(success.author()),
                    "noted_on", Date.valueOf(success.date()), "text", success.text()));
        }

        private void comment(SchoolHistory.Comment comment) {
            insert("board_comment", Map.of("team_id", teams.get(comment.team()),
                    "author_id", people.get(comment.author()), "written_on", Date.valueOf(comment.date()),
                    "kind", comment.kind().name(), "text", comment.text()));
        }

        private void visionItem(SchoolHistory.VisionItem item) {
            long id = insert("vision_item", Map.of("school_id", schoolId, "title", item.title(),
                    "author_id", people.get(item.author()), "written_on", Date.valueOf(item.date())));
            link("vision_co_author", "vision_item_id", id, item.coAuthors());
        }

        private void session(SchoolHistory.Session session) {
            Map<String, Object> row = new HashMap<>();
            row.put("team_id", teams.get(session.team()));
            row.put("held_on", Date.valueOf(session.date()));
            row.put("duration_minutes", session.durationMinutes());
            row.put("led_by_id", session.ledBy() == null ? null : people.get(session.ledBy()));
            row.put("state", session.cancelled() ? "CANCELLED" : "CLOSED");
            row.put("cancel_reason", session.cancelReason());
            long id = insert("board_session", row);
            jdbc.batchUpdate("insert into attendance (session_id, person_id, mark) values (?, ?, ?)",
                    session.attendance().entrySet().stream()
                            .map(entry -> new Object[] {id, people.get(entry.getKey()), entry.getValue().name()})
                            .toList());
        }

        private void timeEntries(List<SchoolHistory.TimeEntry> entries) {
            jdbc.batchUpdate("insert into time_entry (person_id, entry_date, minutes, category) values (?, ?, ?, ?)",
                    entries.stream().map(entry -> new Object[] {people.get(entry.person()),
                            Date.valueOf(entry.date()), entry.minutes(), entry.category().name()}).toList());
        }

        private void checkIns(List<SchoolHistory.CheckIn> checkIns) {
            jdbc.batchUpdate("insert into check_in (person_id, check_in_date, time_feeling) values (?, ?, ?)",
                    checkIns.stream().map(checkIn -> new Object[] {people.get(checkIn.person()),
                            Date.valueOf(checkIn.date()), checkIn.timeFeeling().name()}).toList());
        }

        private void coachUpdate(SchoolHistory.CoachUpdate update) {
            Map<String, Object> row = new HashMap<>();
            row.put("school_id", schoolId);
            row.put("author_id", people.get(update.author()));
            row.put("team_id", update.team() == null ? null : teams.get(update.team()));
            row.put("written_on", Date.valueOf(update.date()));
            row.put("text", update.text());
            long id = insert("coach_update", row);
            link("coach_update_recipient", "coach_update_id", id, update.to());
        }

        private void link(String table, String ownerColumn, long ownerId, List<String> personKeys) {
            List<Object[]> rows = new ArrayList<>();
            personKeys.stream().distinct().forEach(key -> rows.add(new Object[] {ownerId, people.get(key)}));
            jdbc.batchUpdate("insert into " + table + " (" + ownerColumn + ", person_id) values (?, ?)", rows);
        }

        /** Inserts one row and returns its generated id; plain SQL, so H2 and PostgreSQL alike. */
        private long insert(String table, Map<String, ?> row) {
            List<String> columns = List.copyOf(row.keySet());
            String sql = "insert into " + table + " (" + String.join(", ", columns) + ") values ("
                    + String.join(", ", Collections.nCopies(columns.size(), "?")) + ")";
            KeyHolder key = new GeneratedKeyHolder();
            jdbc.update(connection -> {
                PreparedStatement statement = connection.prepareStatement(sql, new String[] {"id"});
                for (int i = 0; i < columns.size(); i++) {
                    statement.setObject(i + 1, row.get(columns.get(i)));
                }
                return statement;
            }, key);
            return key.getKeyAs(Number.class).longValue();
        }
    }
}
