package nl.bordspiegel.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import com.vaadin.flow.shared.Registration;

import nl.bordspiegel.PostgresOnly;
import nl.bordspiegel.board.BoardChanged;
import nl.bordspiegel.board.CardKind;
import nl.bordspiegel.board.ChangeKind;
import nl.bordspiegel.session.SessionChanged;
import nl.bordspiegel.shared.BoardBroadcaster;
import nl.bordspiegel.shared.BoardEvent;

/** Two nodes on one PostgreSQL: what one commits reaches the open boards of the other, once. */
@PostgresOnly
class PostgresBoardRelayTest {

    private static final Duration PATIENCE = Duration.ofSeconds(10);
    private static TwoNodes nodes;

    @BeforeAll
    static void startTwoNodes() throws InterruptedException {
        nodes = new TwoNodes();
        assertThat(TwoNodes.within(PATIENCE, () -> relay(nodes.a).listening() && relay(nodes.b).listening())).isTrue();
    }

    @AfterAll
    static void stopNodes() {
        nodes.close();
    }

    @Test
    void aCardAddedOnOneNodeReachesTheScreensOfThatBoardOnTheOther() throws InterruptedException {
        BlockingQueue<BoardEvent> onB = new LinkedBlockingQueue<>();
        BlockingQueue<BoardEvent> otherBoardOnB = new LinkedBlockingQueue<>();
        try (Screen screen = new Screen(nodes.b, 41, onB); Screen other = new Screen(nodes.b, 42, otherBoardOnB)) {
            BoardChanged added = new BoardChanged(41, ChangeKind.CARD_ADDED, CardKind.IDEA, 7L, 3);
            commit(nodes.a, added);

            assertThat(onB.poll(PATIENCE.toSeconds(), TimeUnit.SECONDS)).isEqualTo(added);
            commit(nodes.a, new SessionChanged(41, 3));
            assertThat(onB.poll(PATIENCE.toSeconds(), TimeUnit.SECONDS)).isEqualTo(new SessionChanged(41, 3));
            assertThat(otherBoardOnB).isEmpty();
        }
    }

    @Test
    void aNodeDeliversItsOwnChangesOnceAndARolledBackChangeNowhere() throws InterruptedException {
        BlockingQueue<BoardEvent> onA = new LinkedBlockingQueue<>();
        BlockingQueue<BoardEvent> onB = new LinkedBlockingQueue<>();
        try (Screen a = new Screen(nodes.a, 51, onA); Screen b = new Screen(nodes.b, 51, onB)) {
            BoardChanged first = new BoardChanged(51, ChangeKind.CARD_ADDED, CardKind.ACTION, 1L, 3);
            BoardChanged rolledBack = new BoardChanged(51, ChangeKind.CARD_EDITED, CardKind.ACTION, 1L, 3);
            BoardChanged second = new BoardChanged(51, ChangeKind.ACTION_STATUS, CardKind.ACTION, 1L, 3);
            commit(nodes.a, first);
            rollBack(nodes.a, rolledBack);
            commit(nodes.a, second);
            // B's change reaches A through the same channel, after A's own two came back to A.
            BoardChanged fromB = new BoardChanged(51, ChangeKind.CARD_ADDED, CardKind.SUCCESS, 2L, 4);
            assertThat(List.of(onB.poll(PATIENCE.toSeconds(), TimeUnit.SECONDS),
                    onB.poll(PATIENCE.toSeconds(), TimeUnit.SECONDS))).containsExactly(first, second);
            commit(nodes.b, fromB);

            assertThat(TwoNodes.within(PATIENCE, () -> onA.contains(fromB))).isTrue();
            assertThat(List.copyOf(onA)).containsExactly(first, second, fromB);
            assertThat(onB.poll(PATIENCE.toSeconds(), TimeUnit.SECONDS)).isEqualTo(fromB);
            assertThat(onB).isEmpty();
        }
    }

    private static void commit(ConfigurableApplicationContext node, BoardEvent event) {
        new TransactionTemplate(node.getBean(PlatformTransactionManager.class))
                .executeWithoutResult(status -> node.publishEvent(event));
    }

    private static void rollBack(ConfigurableApplicationContext node, BoardEvent event) {
        new TransactionTemplate(node.getBean(PlatformTransactionManager.class)).executeWithoutResult(status -> {
            node.publishEvent(event);
            status.setRollbackOnly();
        });
    }

    private static PostgresBoardRelay relay(ConfigurableApplicationContext node) {
        return node.getBean(PostgresBoardRelay.class);
    }

    /** An open board on a node: a UI of its own, so no change counts as made there. */
    private static final class Screen implements AutoCloseable {
        private final Registration registration;

        Screen(ConfigurableApplicationContext node, long teamId, BlockingQueue<BoardEvent> seen) {
            registration = node.getBean(BoardBroadcaster.class).register(teamId, new Object(), seen::add);
        }

        @Override
        public void close() {
            registration.remove();
        }
    }
}
