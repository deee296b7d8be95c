package nl.bordspiegel.shared;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/** Board changes for a single application node: subscribers kept per team, in memory. */
@Component
class InMemoryBoardChanges implements BoardChanges {

    private static final Logger LOG = LoggerFactory.getLogger(InMemoryBoardChanges.class);

    private final Map<Long, Set<Listener>> listenersByTeam = new ConcurrentHashMap<>();

    @Override
    public void publish(BoardChange change) {
        for (Listener listener : listenersByTeam.getOrDefault(change.teamId(), Set.of())) {
            try {
                listener.changed(change);
            } catch (RuntimeException failure) {
                // One broken screen must not keep the change from the others.
                LOG.warn("A board listener failed for team {}", change.teamId(), failure);
            }
        }
    }

    @Override
    public Subscription subscribe(long teamId, Listener listener) {
        listenersByTeam.computeIfAbsent(teamId, team -> ConcurrentHashMap.newKeySet()).add(listener);
        return () -> listenersByTeam.computeIfPresent(teamId, (team, listeners) -> {
            listeners.remove(listener);
            return listeners.isEmpty() ? null : listeners;
        });
    }
}
