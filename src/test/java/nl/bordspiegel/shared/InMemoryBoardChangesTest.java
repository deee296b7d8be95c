package nl.bordspiegel.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import nl.bordspiegel.shared.BoardChanges.BoardChange;
import nl.bordspiegel.shared.BoardChanges.Subscription;

class InMemoryBoardChangesTest {

    private final InMemoryBoardChanges changes = new InMemoryBoardChanges();

    @Test
    void subscriberHearsChangesOfItsOwnTeamOnly() {
        List<BoardChange> heard = new ArrayList<>();
        changes.subscribe(1, heard::add);

        changes.publish(new BoardChange(1, "action", 7));
        changes.publish(new BoardChange(2, "action", 7));

        assertThat(heard).containsExactly(new BoardChange(1, "action", 7));
    }

    @Test
    void closedSubscriptionHearsNothingMore() {
        List<BoardChange> heard = new ArrayList<>();
        Subscription subscription = changes.subscribe(1, heard::add);

        subscription.close();
        changes.publish(new BoardChange(1, "idea", 7));

        assertThat(heard).isEmpty();
    }

    @Test
    void failingListenerDoesNotStopTheOthers() {
        List<BoardChange> heard = new ArrayList<>();
        changes.subscribe(1, change -> {
            throw new IllegalStateException("screen gone");
        });
        changes.subscribe(1, heard::add);

        changes.publish(new BoardChange(1, "success", 7));

        assertThat(heard).hasSize(1);
    }
}
