package nl.bordspiegel;

import org.springframework.test.context.TestContext;
import org.springframework.test.context.support.AbstractTestExecutionListener;

/**
 * Several Spring contexts live in one test JVM, each with its own Vaadin-aware
 * {@code SecurityContextHolderStrategy}, while filters and services use the static holder.
 * Before each test the static holder is pointed at this test's context, so a test never
 * reads or writes a sign-in through the strategy of a context that ran before it.
 * Registered for every Spring test in {@code META-INF/spring.factories}.
 */
public class OwnSecurityStrategy extends AbstractTestExecutionListener {

    @Override
    public void beforeTestMethod(TestContext testContext) {
        TestSchools.useStrategyOf(testContext.getApplicationContext());
    }
}
