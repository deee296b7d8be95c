package nl.bordspiegel.board;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import com.vaadin.flow.shared.Registration;

import jakarta.annotation.PreDestroy;

/** Presence on one node: the open screens per board, in memory. A screen is gone when its view detaches. */
@Component
class InMemoryBoardPresence implements BoardPresence {

    private static final Logger LOG = LoggerFactory.getLogger(InMemoryBoardPresence.class);

    private final Map<Long, Set<Screen>> screensByTeam = new ConcurrentHashMap<>();
    private final ExecutorService executor = Executors.newSingleThreadExecutor(task -> {
        Thread thread = new Thread(task, "board-presence");
        thread.setDaemon(true);
        return thread;
    });

    @Override
    public Registration enter(long teamId, Viewer viewer, Runnable onChange) {
        Screen screen = new Screen(viewer, onChange);
        screensByTeam.computeIfAbsent(teamId, team -> ConcurrentHashMap.newKeySet()).add(screen);
        tell(teamId);
        return () -> {
            screensByTeam.computeIfPresent(teamId, (team, screens) -> {
                screens.remove(screen);
                return screens.isEmpty() ? null : screens;
            });
            tell(teamId);
        };
    }

    @Override
    public List<Viewer> present(long teamId) {
        Map<Long, Viewer> byPerson = new LinkedHashMap<>();
        screensByTeam.getOrDefault(teamId, Set.of()).stream().sorted((a, b) -> Long.compare(a.since, b.since))
                .forEach(screen -> byPerson.putIfAbsent(screen.viewer.personId(), screen.viewer));
        return List.copyOf(byPerson.values());
    }

    /** Off the request thread, like the board broadcaster: a slow screen never holds up the one that came in. */
    private void tell(long teamId) {
        Set<Screen> screens = Set.copyOf(screensByTeam.getOrDefault(teamId, Set.of()));
        executor.execute(() -> screens.forEach(screen -> {
            try {
                screen.onChange.run();
            } catch (RuntimeException failure) {
                LOG.warn("A board screen failed on a presence change", failure);
            }
        }));
    }

    @PreDestroy
    void stop() {
        executor.shutdown();
    }

    /** Identity, not value: one person may have the board open on two screens. */
    private static final class Screen {
        private static final java.util.concurrent.atomic.AtomicLong ORDER = new java.util.concurrent.atomic.AtomicLong();
        private final Viewer viewer;
        private final Runnable onChange;
        private final long since = ORDER.incrementAndGet();

        private Screen(Viewer viewer, Runnable onChange) {
            this.viewer = viewer;
            this.onChange = onChange;
        }
    }
}
