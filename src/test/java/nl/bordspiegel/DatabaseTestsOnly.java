package nl.bordspiegel;

import java.util.Optional;

import org.junit.platform.engine.FilterResult;
import org.junit.platform.engine.TestDescriptor;
import org.junit.platform.engine.support.descriptor.ClassSource;
import org.junit.platform.launcher.PostDiscoveryFilter;
import org.springframework.test.context.BootstrapWith;
import org.springframework.test.context.TestContextAnnotationUtils;

/**
 * In the PostgreSQL run, only the tests with a Spring context (and so a database) run again:
 * the pure ones (the inference, the file format, architecture rules) know no database and
 * already ran in the H2 run. Registered through {@code META-INF/services}; does nothing in the H2 run.
 */
public class DatabaseTestsOnly implements PostDiscoveryFilter {

    @Override
    public FilterResult apply(TestDescriptor descriptor) {
        if (!TestDatabase.POSTGRES.equalsIgnoreCase(System.getProperty(TestDatabase.PROPERTY))) {
            return FilterResult.included("every test runs on H2");
        }
        // The platform asks about the leaves (test methods): judge the class they belong to.
        return testClass(descriptor)
                // @SpringBootTest and every other Spring test slice are meta-annotated with @BootstrapWith.
                .map(test -> TestContextAnnotationUtils.hasAnnotation(test, BootstrapWith.class)
                        || test.isAnnotationPresent(PostgresOnly.class)
                        ? FilterResult.included("a Spring test or one of PostgreSQL itself: it runs on PostgreSQL")
                        : FilterResult.excluded("no Spring context, no database: the H2 run covers it"))
                .orElseGet(() -> FilterResult.included("not part of a test class"));
    }

    private static Optional<Class<?>> testClass(TestDescriptor descriptor) {
        for (Optional<TestDescriptor> at = Optional.of(descriptor); at.isPresent(); at = at.get().getParent()) {
            if (at.get().getSource().orElse(null) instanceof ClassSource source) {
                return Optional.of(source.getJavaClass());
            }
        }
        return Optional.empty();
    }
}
