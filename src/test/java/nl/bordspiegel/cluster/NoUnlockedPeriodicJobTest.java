package nl.bordspiegel.cluster;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noMethods;

import org.junit.jupiter.api.Test;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

/**
 * On several nodes a periodic job would run once per node. Today the application has none
 * (retention runs when an admin asks for it); this fails the day one is added, as a reminder
 * to make it run once per cluster (a PostgreSQL advisory lock around it, or ShedLock) and
 * then to loosen this rule for that job.
 */
class NoUnlockedPeriodicJobTest {

    private static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("nl.bordspiegel");

    @Test
    void noMethodRunsOnASchedule() {
        noMethods().should().beAnnotatedWith(Scheduled.class).check(MAIN);
    }

    @Test
    void noClassStartsAScheduler() {
        noClasses().should().beAnnotatedWith(EnableScheduling.class)
                .orShould().dependOnClassesThat().haveFullyQualifiedName("java.util.Timer")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("java.util.concurrent.ScheduledExecutorService")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("org.springframework.scheduling.TaskScheduler")
                .check(MAIN);
    }
}
