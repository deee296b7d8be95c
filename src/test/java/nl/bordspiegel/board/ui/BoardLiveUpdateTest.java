package nl.bordspiegel.board.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.context.annotation.Import;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.internal.StateNode;
import com.vaadin.flow.server.VaadinSession;

import nl.bordspiegel.KaribuTest;
import nl.bordspiegel.QueryCounter;
import nl.bordspiegel.TeamHistories;
import nl.bordspiegel.TestSchools;
import nl.bordspiegel.board.BoardService;
import nl.bordspiegel.board.CardKind;
import nl.bordspiegel.shared.Vocabulary.ActionStatus;
import nl.bordspiegel.shared.Vocabulary.CommentKind;
import nl.bordspiegel.shared.Vocabulary.IdeaStatus;

/**
 * What another screen's change does to this one: it touches that one card (and its column's
 * count), every other card component stays the very same, and applying it costs as many
 * queries on a board of three years as on a board of one week.
 */
@Import(QueryCounter.class)
class BoardLiveUpdateTest extends KaribuTest {

    /** Sign-in check, the team and its people (for names), the card, its comment count: a board open costs 22. */
    static final int APPLY_QUERIES_AT_MOST = 12;

    private TestSchools.Imported school;
    private long team;
    private long leader;

    @Test
    void anotherScreensChangeReplacesOnlyThatCardAndItsColumnsCount() {
        openYoungBoardAsTeacher();
        long success = asLeader(boards -> boards.addSuccess(team, leader, "Rustige gang"));
        long action = asLeader(boards -> boards.addAction(team, leader, "Kussens bestellen", null, null));
        long idea = asLeader(boards -> boards.addIdea(team, leader, "Leesmaatjes"));
        assertThat(cardIds()).contains("card-success-" + success, "card-action-" + action, "card-idea-" + idea);

        List<Component> before = cards();
        String actionsTitle = title("column-actions");
        asLeader(boards -> boards.changeActionStatus(action, 0, ActionStatus.IN_PROGRESS));
        Component changed = card("card-action-" + action);
        assertThat(changed.getClassNames()).contains("action-in_progress");
        assertThat(before).doesNotContain(changed);
        assertThat(cards()).filteredOn(card -> card != changed).allMatch(card -> before.stream().anyMatch(b -> b == card));
        assertThat(title("column-actions")).isEqualTo(actionsTitle);

        List<Component> beforeComment = cards();
        asLeader(boards -> boards.addComment(team, leader, CommentKind.COMMENT, "Mooi", CardKind.SUCCESS, success));
        assertThat(cards()).as("a comment changes only the count under its card").hasSize(beforeComment.size())
                .allMatch(card -> beforeComment.stream().anyMatch(b -> b == card));
        assertThat(textOf(card("card-success-" + success))).contains("Reacties (1)");

        String ideasTitle = title("column-ideas");
        StateNode addButton = head("column-ideas").getElement().getChild(1).getNode();
        asLeader(boards -> boards.decideIdea(idea, 0, IdeaStatus.ADOPTED));
        assertThat(cardIds()).as("the adopted idea left, its action came").doesNotContain("card-idea-" + idea)
                .anyMatch(id -> id.startsWith("card-action-") && !id.equals("card-action-" + action));
        assertThat(title("column-ideas")).isNotEqualTo(ideasTitle);
        assertThat(head("column-ideas").getElement().getChild(1).getNode())
                .as("the column's add button is left as it was (a keyboard user's focus stays on it)").isSameAs(addButton);

        asLeader(boards -> {
            boards.deleteCard(CardKind.SUCCESS, success, 0);
            return null;
        });
        assertThat(cardIds()).doesNotContain("card-success-" + success);
    }

    @Test
    void applyingOneChangeCostsAsManyQueriesOnAThreeYearBoardAsOnAYoungOne() {
        openYoungBoardAsTeacher();
        List<Long> young = costsOfThreeChanges();
        school = TeamHistories.school(context(), 1, 156);
        openBoardAsTeacher();
        List<Long> old = costsOfThreeChanges();
        System.out.println("QUERIES per applied change (add, change, comment), young board: " + young + ", 3 years: " + old);

        assertThat(old).isEqualTo(young);
        assertThat(young).allMatch(count -> count > 0 && count <= APPLY_QUERIES_AT_MOST);
    }

    /** The queries this screen makes to apply an added card, a changed card and a comment. */
    private List<Long> costsOfThreeChanges() {
        long action = asLeader(boards -> boards.addAction(team, leader, "Nieuwe actie", null, null));
        long added = lastCost;
        asLeader(boards -> boards.changeActionStatus(action, 0, ActionStatus.IN_PROGRESS));
        long changed = lastCost;
        asLeader(boards -> boards.addComment(team, leader, CommentKind.QUESTION, "Wie?", CardKind.ACTION, action));
        return List.of(added, changed, lastCost);
    }

    private void openYoungBoardAsTeacher() {
        school = TeamHistories.school(context(), 1, 1);
        openBoardAsTeacher();
    }

    private void openBoardAsTeacher() {
        team = school.teamId(context(), "Team 1");
        leader = TestSchools.signIn(context(), school.email("leader")).personId();
        loginAs(school.email("teacher"));
        UI.getCurrent().navigate("bord/" + team);
    }

    private long lastCost;

    private interface Change {
        Object make(BoardService boards);
    }

    /**
     * Makes a change as the leader on another screen (no UI of this test is current, so the
     * broadcaster delivers it here), waits until it arrived and applies it, counting queries.
     */
    private long asLeader(Change change) {
        UI ui = UI.getCurrent();
        String teacher = school.email("teacher");
        long result;
        UI.setCurrent(null);
        try {
            TestSchools.signIn(context(), school.email("leader"));
            Object made = change.make(context().getBean(BoardService.class));
            result = made instanceof Long id ? id : 0;
        } finally {
            TestSchools.signIn(context(), teacher);
            UI.setCurrent(ui);
        }
        if (!delivered(Duration.ofSeconds(10))) {
            throw new AssertionError("the change never reached this screen");
        }
        // A change may reach the screen as more than one delivery (the broadcaster's lanes hand
        // each on as it comes); all that arrives until the screen has been quiet a moment is its cost.
        long cost = 0;
        do {
            cost += QueryCounter.during(MockVaadin::clientRoundtrip);
        } while (delivered(Duration.ofMillis(300)));
        lastCost = cost;
        return result;
    }

    /** True when something waits to be applied on this screen within {@code wait}. */
    private static boolean delivered(Duration wait) {
        VaadinSession session = VaadinSession.getCurrent();
        Instant until = Instant.now().plus(wait);
        while (session.getPendingAccessQueue().isEmpty()) {
            if (Instant.now().isAfter(until)) {
                return false;
            }
            Thread.onSpinWait();
        }
        return true;
    }

    private static List<Component> cards() {
        return _find(Div.class, spec -> spec.withClasses("card")).stream().map(Component.class::cast).toList();
    }

    private static List<String> cardIds() {
        return cards().stream().map(card -> card.getId().orElse("")).toList();
    }

    private static Component card(String id) {
        return _get(Div.class, spec -> spec.withId(id));
    }

    private static String title(String columnId) {
        return textOf(head(columnId));
    }

    private static Div head(String columnId) {
        return _get(_get(Div.class, spec -> spec.withId(columnId)), Div.class, spec -> spec.withClasses("board-column-head"));
    }
}
