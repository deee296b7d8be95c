package nl.bordspiegel.board.ui;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;

import org.springframework.stereotype.Component;

import nl.bordspiegel.board.BoardChanged;
import nl.bordspiegel.board.CardUpdate;

/**
 * One database read per change, however many screens show the board. The broadcaster hands
 * every screen of a board on this node the same event instance; the first screen to apply it
 * reads the card and the others reuse that read, so a classroom of 30 screens costs one read
 * instead of 30. Screens on the broadcaster's other lanes that ask while the first read is under
 * way wait for it rather than read again. Every screen was allowed to open this team's board, and the card is the
 * team's, not the viewer's. Keyed by the event's identity, not its value: two equal changes in a
 * row (the same person moving the same card twice) are two reads. Only the last few events are
 * kept; a screen that comes later simply reads again.
 */
@Component
class SharedCardReads {

    private static final int KEPT = 32;

    private final Map<EventIdentity, CompletableFuture<CardUpdate>> reads = new LinkedHashMap<>() {
        @Override
        protected boolean removeEldestEntry(Map.Entry<EventIdentity, CompletableFuture<CardUpdate>> eldest) {
            return size() > KEPT;
        }
    };

    CardUpdate read(BoardChanged change, Supplier<CardUpdate> read) {
        EventIdentity key = new EventIdentity(change);
        CompletableFuture<CardUpdate> mine = new CompletableFuture<>();
        CompletableFuture<CardUpdate> known;
        synchronized (reads) {
            known = reads.putIfAbsent(key, mine);
        }
        if (known != null) {
            // A read that failed is no answer for this screen: it reads for itself.
            return known.exceptionally(failed -> read.get()).join();
        }
        // Read outside the lock: screens of other boards must not wait for this one's query.
        try {
            CardUpdate update = read.get();
            mine.complete(update);
            return update;
        } catch (RuntimeException failure) {
            mine.completeExceptionally(failure);
            throw failure;
        }
    }

    private record EventIdentity(BoardChanged change) {
        @Override
        public boolean equals(Object other) {
            return other instanceof EventIdentity that && that.change == change;
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(change);
        }
    }
}
