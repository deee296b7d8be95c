package nl.bordspiegel;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;

import org.springframework.context.ApplicationContext;
import org.springframework.test.context.TestContext;
import org.springframework.test.context.support.AbstractTestExecutionListener;

import nl.bordspiegel.shared.AdjustableClock;

/**
 * Every Spring test runs on the pinned "today" of {@code application-test.properties}: the
 * clock is put back before each test, so a test that moves time cannot leak it into the next.
 * Registered for every Spring test in {@code META-INF/spring.factories}.
 */
public class FixedTime extends AbstractTestExecutionListener {

    @Override
    public void beforeTestMethod(TestContext testContext) {
        clockOf(testContext.getApplicationContext()).reset();
    }

    @Override
    public void afterTestClass(TestContext testContext) {
        clockOf(testContext.getApplicationContext()).reset();
    }

    /** The application's clock, to move in a test. */
    public static AdjustableClock clockOf(ApplicationContext context) {
        Clock clock = context.getBean(Clock.class);
        if (clock instanceof AdjustableClock adjustable) {
            return adjustable;
        }
        throw new IllegalStateException("Tests run on a pinned clock: set bordspiegel.clock.pinned (application-test.properties)");
    }

    /** "Today" as the application sees it. */
    public static LocalDate today(ApplicationContext context) {
        return LocalDate.now(context.getBean(Clock.class));
    }

    /** "Now" as the application sees it. */
    public static LocalDateTime now(ApplicationContext context) {
        return LocalDateTime.now(context.getBean(Clock.class));
    }

    /** Moves the application's time on, for example to see an action become overdue. */
    public static void advance(ApplicationContext context, Duration amount) {
        clockOf(context).advance(amount);
    }
}
