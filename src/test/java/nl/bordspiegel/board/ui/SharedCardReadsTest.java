package nl.bordspiegel.board.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import org.junit.jupiter.api.Test;

import nl.bordspiegel.board.BoardChanged;
import nl.bordspiegel.board.CardKind;
import nl.bordspiegel.board.CardRef;
import nl.bordspiegel.board.CardUpdate;
import nl.bordspiegel.board.ChangeKind;

class SharedCardReadsTest {

    private final SharedCardReads shared = new SharedCardReads();
    private final AtomicInteger reads = new AtomicInteger();

    @Test
    void everyScreenGivenTheSameChangeSharesOneRead() {
        BoardChanged change = change();

        CardUpdate first = shared.read(change, counted());
        for (int screen = 1; screen < 30; screen++) {
            assertThat(shared.read(change, counted())).isSameAs(first);
        }

        assertThat(reads).hasValue(1);
    }

    @Test
    void anEqualChangeMadeAgainIsReadAgain() {
        shared.read(change(), counted());
        shared.read(change(), counted());

        assertThat(reads).as("the same person moving the same card twice: two changes, two reads").hasValue(2);
    }

    @Test
    void onlyTheLastChangesAreKept() {
        BoardChanged early = change();
        shared.read(early, counted());
        for (int i = 0; i < 100; i++) {
            shared.read(change(), counted());
        }

        shared.read(early, counted());

        assertThat(reads).hasValue(102);
    }

    private static BoardChanged change() {
        return new BoardChanged(7, ChangeKind.CARD_ADDED, CardKind.SUCCESS, 12L, 3);
    }

    private Supplier<CardUpdate> counted() {
        return () -> {
            reads.incrementAndGet();
            return new CardUpdate(new CardRef(CardKind.SUCCESS, 12), Optional.empty(), 0);
        };
    }
}
