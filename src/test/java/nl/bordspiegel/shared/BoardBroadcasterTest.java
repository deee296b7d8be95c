package nl.bordspiegel.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import com.vaadin.flow.shared.Registration;

/** The broadcaster on its own: which screens hear an event, on which thread. */
class BoardBroadcasterTest {

    private record Changed(long teamId, long byPersonId) implements BoardEvent {
    }

    private final ExecutorService executor = Executors.newSingleThreadExecutor();
    private final Object mine = new Object();
    private Object origin;
    private final BoardBroadcaster broadcaster = new BoardBroadcaster(executor, () -> origin);

    @AfterEach
    void stop() {
        executor.shutdownNow();
    }

    @Test
    void everyOtherScreenOfTheBoardHearsTheChangeButNotTheOneThatMadeIt() throws InterruptedException {
        List<String> heard = new ArrayList<>();
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
        List<String> heard = new ArrayList<>();
        broadcaster.register(1, new Object(), event -> {
            throw new IllegalStateException("detached");
        });
        broadcaster.register(1, new Object(), event -> heard.add("second"));
        Registration closed = broadcaster.register(1, new Object(), event -> heard.add("closed"));
        closed.remove();

        broadcaster.committed(new Changed(1, 7));

        assertThat(drain()).isTrue();
        assertThat(heard).containsExactly("second");
    }

    /** Waits until the broadcaster's thread has delivered what was committed so far. */
    private boolean drain() throws InterruptedException {
        executor.shutdown();
        return executor.awaitTermination(10, TimeUnit.SECONDS);
    }
}
