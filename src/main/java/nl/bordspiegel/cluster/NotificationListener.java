package nl.bordspiegel.cluster;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Properties;
import java.util.function.Consumer;

import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One connection of its own that LISTENs on a channel, on a thread of its own, and hands each
 * payload on. The pool's connections cannot do this: a LISTEN lives as long as its connection.
 * When the connection breaks (a database restart, a network cut) it connects again, waiting
 * longer each time up to half a minute; what was notified meanwhile is lost, and a screen
 * shows it at its next reload or change.
 */
final class NotificationListener {

    private static final Logger LOG = LoggerFactory.getLogger(NotificationListener.class);
    /** How long one wait for notifications blocks, so a stop is noticed soon. */
    private static final int POLL_MILLIS = 500;
    /** A quiet connection is checked this often: a dead peer would otherwise go unnoticed. */
    private static final Duration CHECK_EVERY = Duration.ofSeconds(10);
    private static final Duration FIRST_RETRY = Duration.ofSeconds(1);
    private static final Duration LONGEST_RETRY = Duration.ofSeconds(30);

    private final String url;
    private final Properties login = new Properties();
    private final String channel;
    private final Consumer<String> onPayload;
    private volatile boolean running;
    private volatile boolean listening;
    private Thread thread;

    NotificationListener(String url, String user, String password, String channel, Consumer<String> onPayload) {
        this.url = url;
        if (user != null) {
            login.setProperty("user", user);
        }
        if (password != null) {
            login.setProperty("password", password);
        }
        this.channel = channel;
        this.onPayload = onPayload;
    }

    synchronized void start() {
        running = true;
        thread = new Thread(this::listenUntilStopped, "cluster-listener");
        thread.setDaemon(true);
        thread.start();
    }

    synchronized void stop() {
        running = false;
        if (thread != null) {
            thread.interrupt();
            try {
                thread.join(Duration.ofSeconds(5).toMillis());
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** True while the LISTEN is in place: from then on every notification reaches this node. */
    boolean listening() {
        return listening;
    }

    private void listenUntilStopped() {
        Duration retry = FIRST_RETRY;
        while (running) {
            try (Connection connection = new org.postgresql.Driver().connect(url, login)) {
                if (connection == null) {
                    throw new SQLException("not a PostgreSQL URL: " + url);
                }
                try (Statement listen = connection.createStatement()) {
                    listen.execute("LISTEN " + channel);
                }
                listening = true;
                retry = FIRST_RETRY;
                receive(connection);
            } catch (SQLException | RuntimeException broken) {
                if (running) {
                    LOG.warn("Live updates from other nodes paused ({}); connecting again in {} s", broken.getMessage(),
                            retry.toSeconds());
                }
            } finally {
                listening = false;
            }
            retry = pause(retry);
        }
    }

    private void receive(Connection connection) throws SQLException {
        PGConnection postgres = connection.unwrap(PGConnection.class);
        long lastCheck = System.nanoTime();
        while (running) {
            PGNotification[] notifications = postgres.getNotifications(POLL_MILLIS);
            if (notifications != null && notifications.length > 0) {
                for (PGNotification notification : notifications) {
                    onPayload.accept(notification.getParameter());
                }
                lastCheck = System.nanoTime();
            } else if (System.nanoTime() - lastCheck > CHECK_EVERY.toNanos()) {
                try (Statement check = connection.createStatement()) {
                    check.execute("select 1");
                }
                lastCheck = System.nanoTime();
            }
        }
    }

    private Duration pause(Duration retry) {
        if (!running) {
            return retry;
        }
        try {
            Thread.sleep(retry.toMillis());
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            running = false;
        }
        Duration longer = retry.multipliedBy(2);
        return longer.compareTo(LONGEST_RETRY) > 0 ? LONGEST_RETRY : longer;
    }
}
