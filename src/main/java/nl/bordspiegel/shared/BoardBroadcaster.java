package nl.bordspiegel.shared;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import java.util.function.Supplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.shared.Registration;

import jakarta.annotation.PreDestroy;

/**
 * Pushes board and session events to every open screen of that board, after commit and on
 * its own thread (Vaadin's collaborative-views guide): a slow or broken screen never holds up
 * the request that made the change. The screen that made a change already shows it and is
 * skipped; a second re-render there would swallow the user's next click.
 */
@Component
public class BoardBroadcaster {

    private static final Logger LOG = LoggerFactory.getLogger(BoardBroadcaster.class);

    private final Map<Long, Set<Screen>> screensByTeam = new ConcurrentHashMap<>();
    private final ExecutorService executor;
    private final Supplier<Object> currentScreen;

    BoardBroadcaster() {
        // One thread keeps the events of a board in the order they were committed.
        this(Executors.newSingleThreadExecutor(task -> {
            Thread thread = new Thread(task, "board-broadcaster");
            thread.setDaemon(true);
            return thread;
        }), UI::getCurrent);
    }

    BoardBroadcaster(ExecutorService executor, Supplier<Object> currentScreen) {
        this.executor = executor;
        this.currentScreen = currentScreen;
    }

    /**
     * Calls {@code onChange} for every later event of the team's board, on the broadcaster's
     * thread (hop onto the UI with {@code ui.access}), until the registration is removed.
     * {@code screen} is the UI the view lives in.
     */
    public Registration register(long teamId, Object screen, Consumer<BoardEvent> onChange) {
        Screen entry = new Screen(screen, onChange);
        screensByTeam.computeIfAbsent(teamId, team -> ConcurrentHashMap.newKeySet()).add(entry);
        return () -> screensByTeam.computeIfPresent(teamId, (team, screens) -> {
            screens.remove(entry);
            return screens.isEmpty() ? null : screens;
        });
    }

    /** Runs on the thread that committed, so the screen that made the change is still known here. */
    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
    void committed(BoardEvent event) {
        deliver(event, currentScreen.get());
    }

    /**
     * An event committed on another node of a cluster (relayed by the cluster module): every
     * screen of that board on this node gets it, as none of them made the change.
     */
    public void deliverFromAnotherNode(BoardEvent event) {
        deliver(event, null);
    }

    private void deliver(BoardEvent event, Object origin) {
        Set<Screen> screens = Set.copyOf(screensByTeam.getOrDefault(event.teamId(), Set.of()));
        if (screens.isEmpty()) {
            return;
        }
        executor.execute(() -> {
            for (Screen screen : screens) {
                if (screen.ui() == origin) {
                    continue;
                }
                try {
                    screen.onChange().accept(event);
                } catch (RuntimeException failure) {
                    // One broken screen must not keep the change from the others.
                    LOG.warn("A board screen failed on {}", event, failure);
                }
            }
        });
    }

    @PreDestroy
    void stop() {
        executor.shutdown();
    }

    private record Screen(Object ui, Consumer<BoardEvent> onChange) {
        // Identity, not value: the same view may register twice on two attaches.
        @Override
        public boolean equals(Object other) {
            return this == other;
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(this);
        }
    }
}
