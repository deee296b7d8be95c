package nl.bordspiegel.cluster;

import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.jdbc.DataSourceProperties;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.ResultSetExtractor;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

import com.fasterxml.jackson.databind.ObjectMapper;

import nl.bordspiegel.shared.BoardBroadcaster;
import nl.bordspiegel.shared.BoardEvent;

/**
 * Carries board events between the nodes of a cluster through PostgreSQL's LISTEN/NOTIFY.
 * The NOTIFY is sent inside the transaction that made the change, so PostgreSQL delivers it
 * exactly when that transaction commits and never when it rolls back. Each node delivers its
 * own events in memory ({@link BoardBroadcaster}) and drops them when they come back from
 * the database; events of other nodes go to every screen of that board here.
 * <p>
 * On only with {@code bordspiegel.cluster.enabled=true}, and then only on PostgreSQL: a
 * cluster on H2 cannot exist (one file, one JVM), so that setting is a mistake and stops the start.
 */
@Component
@ConditionalOnProperty(name = "bordspiegel.cluster.enabled", havingValue = "true")
class PostgresBoardRelay implements SmartLifecycle {

    static final String CHANNEL = "bordspiegel_board";
    private static final Logger LOG = LoggerFactory.getLogger(PostgresBoardRelay.class);

    private final JdbcTemplate jdbc;
    private final BoardBroadcaster broadcaster;
    private final BoardEventCodec codec;
    private final NotificationListener listener;
    private volatile boolean running;

    PostgresBoardRelay(JdbcTemplate jdbc, DataSourceProperties database, BoardBroadcaster broadcaster) {
        String url = database.determineUrl();
        if (url == null || !url.startsWith("jdbc:postgresql:")) {
            throw new IllegalStateException("bordspiegel.cluster.enabled needs PostgreSQL (the postgres profile), not "
                    + url + ": several nodes cannot share an H2 database");
        }
        this.jdbc = jdbc;
        this.broadcaster = broadcaster;
        this.codec = new BoardEventCodec(new ObjectMapper(), UUID.randomUUID().toString());
        this.listener = new NotificationListener(url, database.determineUsername(), database.determinePassword(),
                CHANNEL, this::received);
    }

    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT)
    void relay(BoardEvent event) {
        codec.encode(event).ifPresentOrElse(
                payload -> jdbc.query("select pg_notify(?, ?)", (ResultSetExtractor<Object>) result -> null, CHANNEL,
                        payload),
                () -> LOG.warn("{} is not relayed to other nodes: only ids and kinds may leave a node",
                        event.getClass().getName()));
    }

    private void received(String payload) {
        codec.decode(payload).ifPresent(broadcaster::deliverFromAnotherNode);
    }

    /** True once this node hears the other nodes' events. */
    boolean listening() {
        return listener.listening();
    }

    @Override
    public void start() {
        listener.start();
        running = true;
    }

    @Override
    public void stop() {
        running = false;
        listener.stop();
    }

    @Override
    public boolean isRunning() {
        return running;
    }
}
