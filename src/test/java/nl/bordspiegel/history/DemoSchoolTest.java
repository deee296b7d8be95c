package nl.bordspiegel.history;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.ActiveProfiles;

import nl.bordspiegel.historymodel.SchoolHistory;

/** The demo school on an empty database: no automatic seed here, the test starts it. */
@SpringBootTest(properties = {"bordspiegel.demo.enabled=false",
        "spring.datasource.url=jdbc:h2:mem:demo-seed;DB_CLOSE_DELAY=-1"})
@ActiveProfiles("test")
class DemoSchoolTest {

    private static final LocalDate WEDNESDAY = LocalDate.of(2027, 3, 10);

    @Autowired
    HistoryImporter importer;

    @Autowired
    PasswordEncoder passwordEncoder;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void corruptedDemoFileIsRefusedNamingThePlaceAndLeavesTheDatabaseEmpty() throws IOException {
        String corrupted = demoText().replaceFirst("\"status\": \"ADOPTED\"", "\"status\": \"MAYBE\"");

        assertThatThrownBy(() -> seed(new ByteArrayResource(corrupted.getBytes(StandardCharsets.UTF_8))))
                .isInstanceOf(HistoryFormatException.class)
                .hasMessageMatching("ideas\\[\\d+\\]\\.status: unknown value \"MAYBE\".*");
        assertThat(jdbc.queryForObject("select count(*) from school", Integer.class)).isZero();
        assertThat(jdbc.queryForObject("select count(*) from person", Integer.class)).isZero();
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(ints = {0, 1, 2, 3, 4, 5, 6})
    void demoIsMovedByWholeWeeksSoItsNewestSessionFallsInLastWeekOnAnyWeekday(int daysAfterMonday) throws IOException {
        SchoolHistory demo;
        try (InputStream in = new ClassPathResource("demo/demo-school.json").getInputStream()) {
            demo = HistoryReader.read(in);
        }
        LocalDate newest = HistoryDates.newestSessionDate(demo).orElseThrow();
        LocalDate today = WEDNESDAY.minusDays(2).plusDays(daysAfterMonday);

        long days = DemoSchool.daysToBringUpToDate(demo, today);
        LocalDate moved = newest.plusDays(days);

        assertThat(days % 7).isZero();
        LocalDate lastMonday = WEDNESDAY.minusDays(2).minusWeeks(1);
        assertThat(moved).isBetween(lastMonday, lastMonday.plusDays(6));
        assertThat(moved.getDayOfWeek()).isEqualTo(newest.getDayOfWeek());
    }

    private void seed(ByteArrayResource file) throws IOException {
        Clock clock = Clock.fixed(WEDNESDAY.atStartOfDay(ZoneId.systemDefault()).toInstant(), ZoneId.systemDefault());
        new DemoSchool(importer, passwordEncoder, clock, file).run(null);
    }

    private static String demoText() throws IOException {
        try (InputStream in = new ClassPathResource("demo/demo-school.json").getInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
