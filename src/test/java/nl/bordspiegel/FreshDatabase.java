package nl.bordspiegel;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

import javax.sql.DataSource;

import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestContext;
import org.springframework.test.context.support.AbstractTestExecutionListener;

import nl.bordspiegel.dataversion.VersionedCache;
import nl.bordspiegel.history.DemoReplay;

/**
 * Each test class starts on a database that holds only the demo school, imported at the
 * pinned "today": no test class sees what another committed, whatever order they run in.
 * Emptying the tables and importing again costs far less than a new Spring context.
 * Registered for every Spring test in {@code META-INF/spring.factories}.
 */
public class FreshDatabase extends AbstractTestExecutionListener {

    /** Runs after FixedTime's reset (lower runs first), so the demo is laid out around the pinned day. */
    @Override
    public int getOrder() {
        return 5_000;
    }

    @Override
    public void beforeTestClass(TestContext testContext) {
        ApplicationContext context = testContext.getApplicationContext();
        FixedTime.clockOf(context).reset();
        reset(context);
    }

    /** Empties every table of the application and imports the demo school again, when the demo is on. */
    public static void reset(ApplicationContext context) {
        emptyAllTables(context.getBean(DataSource.class));
        context.getBeanProvider(VersionedCache.class).ifAvailable(VersionedCache::forgetAll);
        DemoReplay.importIfEnabled(context);
    }

    static void emptyAllTables(DataSource dataSource) {
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        List<String> tables = jdbc.queryForList("select table_name from information_schema.tables"
                + " where lower(table_schema) = lower(current_schema()) and lower(table_type) in ('table', 'base table')"
                + " and lower(table_name) <> 'flyway_schema_history'", String.class);
        if (tables.isEmpty()) {
            return;
        }
        if (isPostgres(dataSource)) {
            jdbc.execute("truncate table " + String.join(", ", tables) + " restart identity cascade");
            return;
        }
        jdbc.execute("set referential_integrity false");
        try {
            tables.forEach(table -> jdbc.execute("truncate table " + table + " restart identity"));
        } finally {
            jdbc.execute("set referential_integrity true");
        }
    }

    private static boolean isPostgres(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection()) {
            return connection.getMetaData().getDatabaseProductName().toLowerCase().contains("postgres");
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
