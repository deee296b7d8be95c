package nl.bordspiegel.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;
import org.junit.jupiter.api.Test;

import nl.bordspiegel.PostgresOnly;
import nl.bordspiegel.TestPostgres;

/**
 * Two nodes that start together on an empty database: Flyway takes PostgreSQL's lock (an
 * advisory lock), so one node migrates and the other finds the schema done.
 */
@PostgresOnly
class TwoNodesMigrateOnceTest {

    @Test
    void twoMigrationsStartedTogetherMigrateTheSchemaOnce() throws Exception {
        TestPostgres.Database database = TestPostgres.server().createDatabase();
        CyclicBarrier together = new CyclicBarrier(2);
        ExecutorService nodes = Executors.newFixedThreadPool(2);
        try {
            List<CompletableFuture<MigrateResult>> runs = new ArrayList<>();
            for (int node = 0; node < 2; node++) {
                runs.add(CompletableFuture.supplyAsync(() -> {
                    Flyway flyway = Flyway.configure().dataSource(database.url(), database.user(), database.password())
                            .locations("classpath:db/migration").load();
                    await(together);
                    return flyway.migrate();
                }, nodes));
            }
            List<Integer> executed = runs.stream().map(CompletableFuture::join).map(run -> run.migrationsExecuted).toList();
            int migrations = migrationFiles(database);

            assertThat(migrations).isGreaterThan(1);
            assertThat(executed).containsExactlyInAnyOrder(migrations, 0);
            assertThat(successfulVersionsInHistory(database)).isEqualTo(migrations);
        } finally {
            nodes.shutdown();
        }
    }

    private static void await(CyclicBarrier barrier) {
        try {
            barrier.await();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static int migrationFiles(TestPostgres.Database database) {
        return Flyway.configure().dataSource(database.url(), database.user(), database.password())
                .locations("classpath:db/migration").load().info().applied().length;
    }

    /** Every version once, none failed: a second run of a migration would have failed or doubled a row. */
    private static int successfulVersionsInHistory(TestPostgres.Database database) throws SQLException {
        try (Connection connection = DriverManager.getConnection(database.url(), database.user(), database.password());
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("select count(distinct version), count(*), bool_and(success)"
                     + " from flyway_schema_history where version is not null")) {
            rows.next();
            assertThat(rows.getInt(2)).as("history rows").isEqualTo(rows.getInt(1));
            assertThat(rows.getBoolean(3)).as("all succeeded").isTrue();
            return rows.getInt(1);
        }
    }
}
