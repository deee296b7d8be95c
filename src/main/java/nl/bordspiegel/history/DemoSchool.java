package nl.bordspiegel.history;

import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.Resource;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

import nl.bordspiegel.historymodel.SchoolHistory;
import nl.bordspiegel.security.PasswordPolicy;

/**
 * Imports the demo school on first start, when the database holds no school. Its dates are
 * moved by whole weeks (so every team keeps its weekday) until the week of the newest session
 * is last week. Whatever the weekday of the first start, a visitor then finds the same school:
 * this week's sessions still to hold, the same actions overdue, the same weeks without a record.
 */
@Component
@ConditionalOnProperty(name = "bordspiegel.demo.enabled", havingValue = "true")
class DemoSchool implements ApplicationRunner {

    /** Every demo person signs in with this; it works only in the demo school. */
    static final String DEMO_PASSWORD = PasswordPolicy.DEMO_PASSWORD;

    private static final Logger LOG = LoggerFactory.getLogger(DemoSchool.class);

    private final HistoryImporter importer;
    private final PasswordEncoder passwordEncoder;
    private final Clock clock;
    private final Resource demoFile;

    DemoSchool(HistoryImporter importer, PasswordEncoder passwordEncoder, Clock clock,
               @Value("${bordspiegel.demo.file:classpath:demo/demo-school.json}") Resource demoFile) {
        this.importer = importer;
        this.passwordEncoder = passwordEncoder;
        this.clock = clock;
        this.demoFile = demoFile;
    }

    @Override
    public void run(ApplicationArguments args) throws IOException {
        if (importer.databaseHasSchools()) {
            return;
        }
        SchoolHistory demo;
        try (InputStream in = demoFile.getInputStream()) {
            demo = HistoryReader.read(in);
        }
        SchoolHistory recent = HistoryDates.shift(demo, daysToBringUpToDate(demo, LocalDate.now(clock)));
        // One hash for all: every demo person has the same demo password.
        importer.markAsDemo(importer.importSchool(recent, passwordEncoder.encode(DEMO_PASSWORD)));
        LOG.info("Imported the demo school \"{}\" with {} people", recent.school().name(), recent.people().size());
    }

    static long daysToBringUpToDate(SchoolHistory history, LocalDate today) {
        LocalDate lastWeek = today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).minusWeeks(1);
        LocalDate newest = HistoryDates.newestSessionDate(history).orElse(lastWeek);
        LocalDate newestWeek = newest.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        return ChronoUnit.DAYS.between(newestWeek, lastWeek);
    }
}
