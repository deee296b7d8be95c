package nl.bordspiegel.history;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import nl.bordspiegel.FixedTime;
import org.springframework.context.ApplicationContext;

import nl.bordspiegel.historymodel.SchoolHistory;

@SpringBootTest
@ActiveProfiles("test")
class HistoryImporterTest {

    @Autowired
    private ApplicationContext context;

    @Autowired
    HistoryImporter importer;

    @Autowired
    HistoryExporter exporter;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void demoSchoolIsImportedOnFirstStartWithItsNewestSessionLastWeek() {
        assertThat(jdbc.queryForList("select name from school", String.class)).contains("OBS De Linde");
        java.time.LocalDate newest = jdbc.queryForObject("select max(held_on) from board_session", java.time.LocalDate.class);
        java.time.LocalDate lastMonday = FixedTime.today(context).with(java.time.DayOfWeek.MONDAY).minusWeeks(1);
        assertThat(newest).isBetween(lastMonday, lastMonday.plusDays(6));
    }

    @Test
    void importThatFailsHalfwayLeavesNothingBehind() throws Exception {
        SchoolHistory demo = readDemo();
        // Valid for the reader, but an e-mail already in the database: refused before anything is written.
        int schools = count("school");
        int people = count("person");

        assertThatThrownBy(() -> importer.importSchool(demo, null))
                .isInstanceOf(HistoryFormatException.class)
                .hasMessageContaining("people[0].email: cannot be used");

        assertThat(count("school")).isEqualTo(schools);
        assertThat(count("person")).isEqualTo(people);
    }

    @Test
    void importIsOneTransactionEvenWhenTheDatabaseRefusesLate() throws Exception {
        SchoolHistory demo = readDemo();
        List<SchoolHistory.Person> people = new ArrayList<>();
        for (SchoolHistory.Person person : demo.people()) {
            people.add(new SchoolHistory.Person(person.key(), person.name(), "other-" + person.email(), person.roles()));
        }
        // A session far too long for its column: the database refuses it after the school, people and teams went in.
        List<SchoolHistory.Session> sessions = new ArrayList<>(demo.sessions());
        SchoolHistory.Session last = sessions.remove(sessions.size() - 1);
        sessions.add(new SchoolHistory.Session(last.team(), last.date(), last.durationMinutes(), last.ledBy(), true,
                "x".repeat(600), java.util.Map.of()));
        SchoolHistory broken = new SchoolHistory(demo.format(), demo.school(), people, demo.teams(), demo.goals(),
                sessions, demo.ideas(), demo.actions(), demo.comments(), demo.successes(), demo.visionItems(),
                demo.timeEntries(), demo.coachUpdates(), demo.checkIns());
        int schools = count("school");
        int teams = count("team");

        assertThatThrownBy(() -> importer.importSchool(broken, null)).isInstanceOf(RuntimeException.class);

        assertThat(count("school")).isEqualTo(schools);
        assertThat(count("team")).isEqualTo(teams);
    }

    @Test
    void exportGivesBackWhatWasImported() throws Exception {
        SchoolHistory exported = exporter.export(exporter.schoolIds().get(0));
        SchoolHistory demo = readDemo();

        assertThat(exported.people()).hasSameSizeAs(demo.people());
        assertThat(exported.sessions()).hasSameSizeAs(demo.sessions());
        assertThat(exported.actions()).hasSameSizeAs(demo.actions());
        assertThat(exported.coachUpdates()).hasSameSizeAs(demo.coachUpdates());
        assertThat(exported.sessions().stream().mapToInt(session -> session.attendance().size()).sum())
                .isEqualTo(demo.sessions().stream().mapToInt(session -> session.attendance().size()).sum());
    }

    private int count(String table) {
        return jdbc.queryForObject("select count(*) from " + table, Integer.class);
    }

    private static SchoolHistory readDemo() throws Exception {
        try (InputStream in = new ClassPathResource("demo/demo-school.json").getInputStream()) {
            return HistoryReader.read(in);
        }
    }
}
