package nl.bordspiegel;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.context.annotation.Import;

import com.vaadin.flow.component.UI;

/**
 * Each screen's database round trips, counted at the data source (Hibernate's and
 * JdbcTemplate's statements alike), on a board one week old and on one three years old. A
 * screen whose count grows with the history loads something per card, per goal or per
 * session: an N+1.
 */
@Import(QueryCounter.class)
class ScreenQueriesTest extends KaribuTest {

    /** What opening a board may cost: sign-in checks, the team, its people and each kind of card. */
    static final int BOARD_QUERIES_AT_MOST = 30;

    @Test
    void aBoardOpensWithTheSameNumberOfQueriesWhateverItsAge() {
        Map<String, Long> young = screens(TeamHistories.school(context(), 1, 1));
        Map<String, Long> old = screens(TeamHistories.school(context(), 3, 156));
        System.out.println("QUERIES one week, one team: " + young);
        System.out.println("QUERIES three years, three teams: " + old);

        assertThat(old.get("board")).isEqualTo(young.get("board")).isLessThanOrEqualTo(BOARD_QUERIES_AT_MOST);
        assertThat(old.get("session")).isEqualTo(young.get("session"));
        assertThat(old.get("mirror")).isEqualTo(young.get("mirror"));
        assertThat(old.get("home")).isEqualTo(young.get("home"));
        assertThat(old.get("coach")).as("the coach overview reads every team, but no query per team or session")
                .isEqualTo(young.get("coach"));
    }

    private Map<String, Long> screens(TestSchools.Imported school) {
        long team = school.teamId(context(), "Team 1");
        Map<String, Long> counts = new LinkedHashMap<>();
        loginAs(school.email("teacher"));
        counts.put("board", open("bord/" + team));
        counts.put("session", open("bord/" + team + "/sessie"));
        loginAs(school.email("leader"));
        counts.put("home", open(""));
        counts.put("mirror", open("spiegel"));
        loginAs(school.email("coach"));
        counts.put("coach", open("coach"));
        return counts;
    }

    /** Opens a route from another page, as a click in the menu does, and counts its queries. */
    private static long open(String route) {
        UI.getCurrent().navigate("wachtwoord");
        return QueryCounter.during(() -> UI.getCurrent().navigate(route));
    }
}
