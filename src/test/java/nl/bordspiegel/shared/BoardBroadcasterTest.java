package nl.bordspiegel.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import com.vaadin.flow.component.UIDetachedException;
import com.vaadin.flow.shared.Registration;

/** The broadcaster on its own: which screens hear an event, on which lane, in which order. */
class BoardBroadcasterTest {

    private record Changed(long teamId, long byPersonId) implements BoardEvent {
    }

    private final List<ExecutorService> lanes = List.of(Executors.newSingleThreadExecutor(),
            Executors.newSingleThreadExecutor());
    private final Object mine = new Object();
    private Object origin;
    private final BoardBroadcaster broadcaster = new BoardBroadcaster(lanes, () -> origin);

    @AfterEach
    void stop() {
        lanes.forEach(ExecutorService::shutdownNow);
    }

    @Test
    void everyOtherScreenOfTheBoardHearsTheChangeButNotTheOneThatMadeIt() throws InterruptedException {
        List<String> heard = new CopyOnWriteArrayList<>();
        broadcaster.register(1, mine, event -> heard.add("mine"));
        broadcaster.register(1, new Object(), event -> heard.add("other"));
        broadcaster.register(2, new Object(), event -> heard.add("other board"));

        origin = mine;
        broadcaster.committed(new Changed(1, 7));

        assertThat(drain()).isTrue();
        assertThat(heard).containsExactly("other");
    }

    @Test
    void aBrokenScreenDoesNotKeepTheChangeFromTheOthersAndAClosedOneHearsNothing() throws InterruptedException {
        List<String> heard = new CopyOnWriteArrayList<>();
        broadcaster.register(1, new Object(), event -> {
            throw new IllegalStateException("detached");
        });
        broadcaster.register(1, new Object(), event -> heard.add("second"));
        broadcaster.register(1, new Object(), event -> heard.add("third"));
        Registration closed = broadcaster.register(1, new Object(), event -> heard.add("closed"));
        closed.remove();

        broadcaster.committed(new Changed(1, 7));

        assertThat(drain()).isTrue();
        assertThat(heard).containsExactlyInAnyOrder("second", "third");
    }

    @Test
    void aScreenWhoseSessionEndedIsForgottenAtItsFirstMissedChange() throws Exception {
        AtomicInteger tried = new AtomicInteger();
        broadcaster.register(1, new Object(), event -> {
            tried.incrementAndGet();
            throw new UIDetachedException();
        });
        List<Long> heard = new CopyOnWriteArrayList<>();
        broadcaster.register(1, new Object(), event -> heard.add(event.byPersonId()));

        broadcaster.committed(new Changed(1, 7));
        for (ExecutorService lane : lanes) {
            lane.submit(() -> { }).get(10, TimeUnit.SECONDS);
        }
        broadcaster.committed(new Changed(1, 8));
        assertThat(drain()).isTrue();

        assertThat(tried).hasValue(1);
        assertThat(heard).containsExactly(7L, 8L);
    }

    @Test
    void everyScreenHearsTheChangesInTheOrderTheyWereCommitted() throws InterruptedException {
        Map<Integer, List<Long>> heardByScreen = new ConcurrentHashMap<>();
        for (int screen = 0; screen < 6; screen++) {
            List<Long> heard = new CopyOnWriteArrayList<>();
            heardByScreen.put(screen, heard);
            broadcaster.register(1, new Object(), event -> heard.add(event.byPersonId()));
        }
        List<Long> committed = new ArrayList<>();
        for (long change = 1; change <= 50; change++) {
            committed.add(change);
            broadcaster.committed(new Changed(1, change));
        }

        assertThat(drain()).isTrue();
        assertThat(heardByScreen.values()).hasSize(6).allSatisfy(heard -> assertThat(heard).isEqualTo(committed));
    }

    @Test
    void aSlowScreenDoesNotHoldUpTheScreensOnTheOtherLane() throws InterruptedException {
        CountDownLatch slowScreenMayFinish = new CountDownLatch(1);
        CountDownLatch otherLaneHeard = new CountDownLatch(1);
        broadcaster.register(1, new Object(), event -> await(slowScreenMayFinish));
        broadcaster.register(1, new Object(), event -> otherLaneHeard.countDown());

        broadcaster.committed(new Changed(1, 7));

        assertThat(otherLaneHeard.await(10, TimeUnit.SECONDS)).as("heard while the slow screen is still busy").isTrue();
        slowScreenMayFinish.countDown();
        assertThat(drain()).isTrue();
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    /** Waits until the broadcaster's lanes have delivered what was committed so far. */
    private boolean drain() throws InterruptedException {
        boolean done = true;
        for (ExecutorService lane : lanes) {
            lane.shutdown();
            done &= lane.awaitTermination(10, TimeUnit.SECONDS);
        }
        return done;
    }
}
