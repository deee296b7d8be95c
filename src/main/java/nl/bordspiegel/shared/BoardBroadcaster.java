package nl.bordspiegel.shared;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Supplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.UIDetachedException;
import com.vaadin.flow.shared.Registration;

import jakarta.annotation.PreDestroy;

/**
 * Pushes board and session events to every open screen of that board, after commit and on
 * its own thread (Vaadin's collaborative-views guide): a slow or broken screen never holds up
 * the request that made the change. The screen that made a change already shows it and is
 * skipped; a second re-render there would swallow the user's next click.
 * <p>
 * The screens are spread over one lane per core, each lane one thread: every screen keeps to its
 * lane, so it gets a board's events in the order they were committed, while a classroom of 30
 * screens is served by all cores at once (each screen's apply and push takes a few milliseconds,
 * one after the other on one thread that made the last screen wait for the other 29). A slow or
 * broken screen only holds up the screens on its own lane.
 */
@Component
public class BoardBroadcaster {

    private static final Logger LOG = LoggerFactory.getLogger(BoardBroadcaster.class);

    private final Map<Long, Set<Screen>> screensByTeam = new ConcurrentHashMap<>();
    private final List<ExecutorService> lanes;
    private final AtomicInteger nextLane = new AtomicInteger();
    private final Supplier<Object> currentScreen;

    BoardBroadcaster() {
        this(lanes(Runtime.getRuntime().availableProcessors()), UI::getCurrent);
    }

    BoardBroadcaster(List<ExecutorService> lanes, Supplier<Object> currentScreen) {
        this.lanes = List.copyOf(lanes);
        this.currentScreen = currentScreen;
    }

    private static List<ExecutorService> lanes(int count) {
        List<ExecutorService> lanes = new ArrayList<>();
        for (int lane = 0; lane < Math.max(1, count); lane++) {
            String name = "board-broadcaster-" + lane;
            lanes.add(Executors.newSingleThreadExecutor(task -> {
                Thread thread = new Thread(task, name);
                thread.setDaemon(true);
                return thread;
            }));
        }
        return lanes;
    }

    /**
     * Calls {@code onChange} for every later event of the team's board, on one of the broadcaster's
     * lanes, always the same one (hop onto the UI with {@code ui.access}), until the registration is removed.
     * {@code screen} is the UI the view lives in.
     */
    public Registration register(long teamId, Object screen, Consumer<BoardEvent> onChange) {
        // In turn, so the lanes carry about as many screens each.
        Screen entry = new Screen(screen, onChange, Math.floorMod(nextLane.getAndIncrement(), lanes.size()));
        screensByTeam.computeIfAbsent(teamId, team -> ConcurrentHashMap.newKeySet()).add(entry);
        return () -> forget(teamId, entry);
    }

    private void forget(long teamId, Screen screen) {
        screensByTeam.computeIfPresent(teamId, (team, screens) -> {
            screens.remove(screen);
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
        Map<Integer, List<Screen>> byLane = new TreeMap<>();
        for (Screen screen : screensByTeam.getOrDefault(event.teamId(), Set.of())) {
            if (screen.ui() != origin) {
                byLane.computeIfAbsent(screen.lane(), lane -> new ArrayList<>()).add(screen);
            }
        }
        long start = System.nanoTime();
        AtomicInteger lanesBusy = new AtomicInteger(byLane.size());
        int screens = byLane.values().stream().mapToInt(List::size).sum();
        byLane.forEach((lane, onLane) -> lanes.get(lane).execute(() -> {
            for (Screen screen : onLane) {
                try {
                    screen.onChange().accept(event);
                } catch (UIDetachedException gone) {
                    // Its session ended (signed out, expired, browser closed) before its view said goodbye:
                    // nothing is wrong, and nobody is there to hear the later changes either.
                    forget(event.teamId(), screen);
                } catch (RuntimeException failure) {
                    // One broken screen must not keep the change from the others.
                    LOG.warn("A board screen failed on {}", event, failure);
                }
            }
            if (lanesBusy.decrementAndGet() == 0) {
                // The server's part of a change's way to the screens (the live benchmark reads it); a screen
                // whose session was busy with a request of its own gets the change when that request ends.
                LOG.debug("{} pushed to {} screens in {} ms", event.getClass().getSimpleName(), screens,
                        (System.nanoTime() - start) / 1_000_000);
            }
        }));
    }

    @PreDestroy
    void stop() {
        lanes.forEach(ExecutorService::shutdown);
    }

    private record Screen(Object ui, Consumer<BoardEvent> onChange, int lane) {
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
