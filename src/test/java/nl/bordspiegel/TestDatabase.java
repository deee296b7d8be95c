package nl.bordspiegel;

import java.util.Map;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Chooses the database the Spring tests run on: with {@code bordspiegel.test.database=postgres}
 * (the pom's second run), every context that would get an in-memory H2 database gets a fresh
 * PostgreSQL database of its own instead, created by the same Flyway migrations. Otherwise
 * nothing changes. Registered in the test {@code META-INF/spring.factories}.
 */
public class TestDatabase implements EnvironmentPostProcessor, Ordered {

    static final String PROPERTY = "bordspiegel.test.database";
    static final String POSTGRES = "postgres";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (!POSTGRES.equalsIgnoreCase(environment.getProperty(PROPERTY, "h2"))) {
            return;
        }
        // Only the tests' own databases: a context configured for another database keeps it.
        if (!environment.getProperty("spring.datasource.url", "").startsWith("jdbc:h2:mem:")) {
            return;
        }
        TestPostgres.Database database = TestPostgres.server().createDatabase();
        environment.getPropertySources().addFirst(new MapPropertySource("bordspiegel-test-postgres", Map.of(
                "spring.datasource.url", database.url(),
                "spring.datasource.username", database.user(),
                "spring.datasource.password", database.password(),
                // Contexts stay cached for the whole run; idle ones should not hold ten server processes each.
                "spring.datasource.hikari.minimum-idle", "1",
                "spring.datasource.hikari.idle-timeout", "10000")));
    }

    /** After the application's properties and profiles are read, so the H2 URL is known. */
    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }
}
