package nl.bordspiegel.cluster;

import java.time.Duration;
import java.util.function.BooleanSupplier;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import nl.bordspiegel.Application;
import nl.bordspiegel.TestPostgres;

/**
 * Two nodes of the application in one JVM, configured for a cluster on one fresh PostgreSQL
 * database: what two servers behind the proxy are, each with a web server on a free port.
 */
final class TwoNodes implements AutoCloseable {

    final ConfigurableApplicationContext a;
    final ConfigurableApplicationContext b;

    TwoNodes() {
        TestPostgres.Database database = TestPostgres.server().createDatabase();
        a = node(database);
        b = node(database);
    }

    private static ConfigurableApplicationContext node(TestPostgres.Database database) {
        return new SpringApplicationBuilder(Application.class).run(
                "--server.port=0",
                "--spring.datasource.url=" + database.url(),
                "--spring.datasource.username=" + database.user(),
                "--spring.datasource.password=" + database.password(),
                "--spring.datasource.hikari.minimum-idle=1",
                "--bordspiegel.cluster.enabled=true",
                "--bordspiegel.clock.pinned=2026-12-09T10:15",
                "--spring.main.banner-mode=off");
    }

    /** Waits until {@code condition} holds, at most {@code limit}; false when it never did. */
    static boolean within(Duration limit, BooleanSupplier condition) throws InterruptedException {
        long end = System.nanoTime() + limit.toNanos();
        while (System.nanoTime() < end) {
            if (condition.getAsBoolean()) {
                return true;
            }
            Thread.sleep(20);
        }
        return condition.getAsBoolean();
    }

    @Override
    public void close() {
        a.close();
        b.close();
    }
}
