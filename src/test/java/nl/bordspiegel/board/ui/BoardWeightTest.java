package nl.bordspiegel.board.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

import com.vaadin.flow.component.UI;

import nl.bordspiegel.DemoLogins;
import nl.bordspiegel.KaribuTest;

/**
 * What one open board screen weighs, counted as Vaadin's state nodes (each is a server-side
 * object the session keeps): a deterministic stand-in for the retained heap that the
 * benchmarks measure.
 */
class BoardWeightTest extends KaribuTest {

    @Test
    void theDemoBoardIsLean() {
        loginAs(DemoLogins.TEACHER);
        long team = context().getBean(JdbcTemplate.class)
                .queryForObject("select id from team where name = 'Kernteam Rekenen'", Long.class);
        UI.getCurrent().navigate("bord/" + team);

        int nodes = stateNodes(UI.getCurrent());
        System.out.println("STATE NODES demo board Kernteam Rekenen: " + nodes);
        assertThat(nodes).isPositive();
    }

    static int stateNodes(UI ui) {
        AtomicInteger count = new AtomicInteger();
        ui.getInternals().getStateTree().getRootNode().visitNodeTree(node -> count.incrementAndGet());
        return count.get();
    }
}
