package nl.bordspiegel.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

import nl.bordspiegel.board.BoardChanged;
import nl.bordspiegel.board.CardKind;
import nl.bordspiegel.board.ChangeKind;
import nl.bordspiegel.shared.BoardEvent;

class BoardEventCodecTest {

    private final BoardEventCodec nodeA = new BoardEventCodec(new ObjectMapper(), "a");
    private final BoardEventCodec nodeB = new BoardEventCodec(new ObjectMapper(), "b");

    record WithText(long teamId, long byPersonId, String title) implements BoardEvent {
    }

    @Test
    void anotherNodeRebuildsTheVeryEventThatWasSent() {
        BoardChanged changed = new BoardChanged(4, ChangeKind.IDEA_ADOPTED, CardKind.IDEA, null, 9);

        assertThat(nodeB.decode(nodeA.encode(changed).orElseThrow())).contains(changed);
    }

    @Test
    void theSendingNodeDropsItsOwnEvent() {
        BoardChanged changed = new BoardChanged(4, ChangeKind.CARD_ADDED, CardKind.GOAL, 1L, 9);

        assertThat(nodeA.decode(nodeA.encode(changed).orElseThrow())).isEmpty();
    }

    @Test
    void anEventWithTextNeverLeavesTheNode() {
        assertThat(nodeA.encode(new WithText(4, 9, "Ouders bellen over de toets"))).isEmpty();
    }

    @Test
    void aPayloadNamingAnyOtherClassIsIgnored() {
        assertThat(nodeB.decode("{\"node\":\"a\",\"type\":\"java.lang.ProcessBuilder\",\"event\":{}}")).isEmpty();
        assertThat(nodeB.decode("{\"node\":\"a\",\"type\":\"" + WithText.class.getName()
                + "\",\"event\":{\"teamId\":4,\"byPersonId\":9,\"title\":\"x\"}}")).isEmpty();
        assertThat(nodeB.decode("not json")).isEmpty();
    }
}
