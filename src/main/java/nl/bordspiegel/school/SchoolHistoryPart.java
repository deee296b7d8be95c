package nl.bordspiegel.school;

import java.sql.Date;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

import nl.bordspiegel.history.HistoryExport;
import nl.bordspiegel.history.HistoryFormatException;
import nl.bordspiegel.history.HistoryImport;
import nl.bordspiegel.history.HistoryKeys;
import nl.bordspiegel.historymodel.SchoolHistory;
import nl.bordspiegel.history.SchoolRoot;
import nl.bordspiegel.shared.Role;
import nl.bordspiegel.shared.Vocabulary.Sector;

/** The school's own share of its history file: the school, people with roles, teams, vision. */
@Component
@Order(0)
class SchoolHistoryPart implements SchoolRoot {

    private final JdbcTemplate jdbc;
    private final NamedParameterJdbcTemplate named;

    SchoolHistoryPart(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        this.named = new NamedParameterJdbcTemplate(jdbc);
    }

    @Override
    public List<Long> schoolIds() {
        return jdbc.queryForList("select id from school order by id", Long.class);
    }

    @Override
    public void markAsDemo(long schoolId) {
        jdbc.update("update school set demo = true where id = ?", schoolId);
    }

    @Override
    public Map<String, Long> personIdsByEmail(long schoolId) {
        Map<String, Long> ids = new java.util.TreeMap<>();
        jdbc.query("select id, email from person where school_id = ? and active = true", rs -> {
            ids.put(rs.getString("email"), rs.getLong("id"));
        }, schoolId);
        return ids;
    }

    @Override
    public void exportTo(HistoryExport export) {
        long schoolId = export.schoolId();
        SchoolHistory.School school = jdbc.queryForObject("select name, sector from school where id = ?",
                (rs, n) -> new SchoolHistory.School(rs.getString(1), Sector.valueOf(rs.getString(2))), schoolId);
        List<Long> teamIds = jdbc.queryForList("select id from team where school_id = ? order by id", Long.class,
                schoolId);
        List<Long> personIds = jdbc.queryForList("select id from person where school_id = ? order by id",
                Long.class, schoolId);
        export.school(school, teamIds, personIds);
        export.people().addAll(people(schoolId));
        export.teams().addAll(teams(schoolId));
        export.visionItems().addAll(visionItems(export));
    }

    private List<SchoolHistory.Person> people(long schoolId) {
        Map<Long, List<Role>> roles = new HashMap<>();
        jdbc.query("select r.person_id, r.role from person_role r join person p on p.id = r.person_id"
                + " where p.school_id = ? order by r.role", rs -> {
                    roles.computeIfAbsent(rs.getLong(1), id -> new ArrayList<>()).add(Role.valueOf(rs.getString(2)));
                }, schoolId);
        return jdbc.query("select id, name, email from person where school_id = ? order by id",
                (rs, n) -> new SchoolHistory.Person(HistoryKeys.person(rs.getLong(1)), rs.getString(2),
                        rs.getString(3), roles.getOrDefault(rs.getLong(1), List.of())), schoolId);
    }

    private List<SchoolHistory.Team> teams(long schoolId) {
        Map<Long, List<String>> members = teamLinks("team_member", schoolId);
        Map<Long, List<String>> leaders = teamLinks("team_leader", schoolId);
        Map<Long, List<String>> coaches = teamLinks("team_coach", schoolId);
        return jdbc.query("select id, name from team where school_id = ? order by id", (rs, n) -> {
            long id = rs.getLong(1);
            return new SchoolHistory.Team(HistoryKeys.team(id), rs.getString(2), members.getOrDefault(id, List.of()),
                    leaders.getOrDefault(id, List.of()), coaches.getOrDefault(id, List.of()));
        }, schoolId);
    }

    /** Person keys per team, from one of the team's link tables. */
    private Map<Long, List<String>> teamLinks(String table, long schoolId) {
        Map<Long, List<String>> links = new HashMap<>();
        jdbc.query("select l.team_id, l.person_id from " + table + " l join team o on o.id = l.team_id"
                + " where o.school_id = ? order by l.person_id", rs -> {
                    links.computeIfAbsent(rs.getLong(1), id -> new ArrayList<>())
                            .add(HistoryKeys.person(rs.getLong(2)));
                }, schoolId);
        return links;
    }

    private List<SchoolHistory.VisionItem> visionItems(HistoryExport export) {
        Map<Long, List<String>> coAuthors = new HashMap<>();
        jdbc.query("select l.vision_item_id, l.person_id from vision_co_author l join vision_item o"
                + " on o.id = l.vision_item_id where o.school_id = ? order by l.person_id", rs -> {
                    coAuthors.computeIfAbsent(rs.getLong(1), id -> new ArrayList<>())
                            .add(HistoryKeys.person(rs.getLong(2)));
                }, export.schoolId());
        return named.query("select id, title, author_id, written_on from vision_item where school_id = :school"
                + export.since("written_on") + " order by id", export.params(),
                (rs, n) -> new SchoolHistory.VisionItem(rs.getString(2), HistoryKeys.person(rs.getLong(3)),
                        coAuthors.getOrDefault(rs.getLong(1), List.of()), rs.getObject(4, java.time.LocalDate.class)));
    }

    @Override
    public void importFrom(HistoryImport run) {
        SchoolHistory history = run.history();
        rejectEmailsInUse(history);
        if (run.schoolId() == null) {
            run.schoolId(HistoryImport.insert(jdbc, "school", Map.of("name", history.school().name(),
                    "sector", history.school().sector().name())));
        } else {
            jdbc.update("update school set name = ?, sector = ? where id = ?", history.school().name(),
                    history.school().sector().name(), run.schoolId());
        }
        history.people().forEach(person -> person(run, person));
        history.teams().forEach(team -> team(run, team));
        history.visionItems().forEach(item -> visionItem(run, item));
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

    private void person(HistoryImport run, SchoolHistory.Person person) {
        Map<String, Object> row = new HashMap<>();
        row.put("school_id", run.schoolId());
        row.put("name", person.name());
        row.put("email", person.email().toLowerCase(Locale.ROOT));
        row.put("password_hash", run.passwordHash());
        long id = HistoryImport.insert(jdbc, "person", row);
        run.person(person.key(), id);
        for (Role role : person.roles()) {
            jdbc.update("insert into person_role (person_id, role) values (?, ?)", id, role.name());
        }
    }

    private void team(HistoryImport run, SchoolHistory.Team team) {
        long id = HistoryImport.insert(jdbc, "team", Map.of("school_id", run.schoolId(), "name", team.name()));
        run.team(team.key(), id);
        link(run, "insert into team_member (team_id, person_id) values (?, ?)", id, team.members());
        link(run, "insert into team_leader (team_id, person_id) values (?, ?)", id, team.leaders());
        link(run, "insert into team_coach (team_id, person_id) values (?, ?)", id, team.coaches());
    }

    private void visionItem(HistoryImport run, SchoolHistory.VisionItem item) {
        long id = HistoryImport.insert(jdbc, "vision_item", Map.of("school_id", run.schoolId(),
                "title", item.title(), "author_id", run.person(item.author()), "written_on", Date.valueOf(item.date())));
        link(run, "insert into vision_co_author (vision_item_id, person_id) values (?, ?)", id, item.coAuthors());
    }

    private void link(HistoryImport run, String insert, long ownerId, List<String> personKeys) {
        jdbc.batchUpdate(insert, personKeys.stream().distinct()
                .map(key -> new Object[] {ownerId, run.person(key)}).toList());
    }
}
