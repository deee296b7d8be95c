package nl.bordspiegel.board.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
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
    void aScreenOnAnotherLaneThatAsksWhileTheReadIsUnderWayWaitsForItInsteadOfReadingAgain() throws Exception {
        BoardChanged change = change();
        CountDownLatch readStarted = new CountDownLatch(1);
        CountDownLatch readMayFinish = new CountDownLatch(1);
        CompletableFuture<CardUpdate> first = CompletableFuture.supplyAsync(() -> shared.read(change, () -> {
            readStarted.countDown();
            await(readMayFinish);
            return counted().get();
        }));
        assertThat(readStarted.await(10, TimeUnit.SECONDS)).isTrue();
        AtomicReference<CardUpdate> second = new AtomicReference<>();
        Thread otherLane = new Thread(() -> second.set(shared.read(change, counted())));
        otherLane.start();
        while (otherLane.getState() != Thread.State.WAITING && otherLane.isAlive()) {
            Thread.onSpinWait();
        }

        readMayFinish.countDown();
        otherLane.join(10_000);

        assertThat(second.get()).isSameAs(first.get(10, TimeUnit.SECONDS));
        assertThat(reads).hasValue(1);
    }

    @Test
    void aReadThatFailedIsTriedAgainByTheNextScreen() {
        BoardChanged change = change();
        try {
            shared.read(change, () -> {
                throw new IllegalStateException("database gone");
            });
        } catch (IllegalStateException expected) {
            // The first screen shows its own error.
        }

        assertThat(shared.read(change, counted())).isNotNull();
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

    private static void await(CountDownLatch latch) {
        try {
            latch.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
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
