package nl.bordspiegel;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import org.junit.jupiter.api.Test;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

/** The app reads time only through its Clock bean, so tests and demos can pin "today". */
class OneClockTest {

    @Test
    void mainCodeNeverAsksTheSystemForTheTimeWithoutTheClock() {
        noClasses().should().callMethodWhere(readsSystemTime())
                .because("time comes from the Clock bean (ClockConfig), in the school's zone")
                .check(new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                        .importPackages("nl.bordspiegel"));
    }

    private static DescribedPredicate<JavaMethodCall> readsSystemTime() {
        return DescribedPredicate.describe("now() without a Clock, or the system's default clock", call -> {
            var target = call.getTarget();
            String owner = target.getOwner().getPackageName();
            boolean javaTime = owner.equals("java.time");
            boolean nowWithoutClock = target.getName().equals("now") && target.getRawParameterTypes().isEmpty();
            boolean defaultClock = target.getOwner().isEquivalentTo(java.time.Clock.class)
                    && (target.getName().equals("systemDefaultZone") || target.getName().equals("systemUTC"));
            return javaTime && (nowWithoutClock || defaultClock);
        });
    }
}
