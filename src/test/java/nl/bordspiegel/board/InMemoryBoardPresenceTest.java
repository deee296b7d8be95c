package nl.bordspiegel.board;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import com.vaadin.flow.shared.Registration;

class InMemoryBoardPresenceTest {

    private final InMemoryBoardPresence presence = new InMemoryBoardPresence();

    @Test
    void everyoneWithTheBoardOpenIsPresentOnceAndGoneWhenTheyLeave() throws Exception {
        Semaphore told = new Semaphore(0);
        BoardPresence.Viewer tina = new BoardPresence.Viewer(1, "Tina");
        BoardPresence.Viewer tom = new BoardPresence.Viewer(2, "Tom");
        Registration tinaHere = presence.enter(7, tina, told::release);
        Registration tinaOnTheBigScreen = presence.enter(7, tina, () -> { });
        Registration tomHere = presence.enter(7, tom, () -> { });
        presence.enter(8, new BoardPresence.Viewer(3, "Bas"), () -> { });

        assertThat(presence.present(7)).containsExactly(tina, tom);

        tomHere.remove();
        assertThat(told.tryAcquire(3, 10, TimeUnit.SECONDS)).as("Tina's screen heard of each change").isTrue();
        assertThat(presence.present(7)).containsExactly(tina);
        tinaHere.remove();
        assertThat(presence.present(7)).as("still open on her second screen").containsExactly(tina);
        tinaOnTheBigScreen.remove();
        assertThat(presence.present(7)).isEmpty();
        presence.stop();
    }
}
