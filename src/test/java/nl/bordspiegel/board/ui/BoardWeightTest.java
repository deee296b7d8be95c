package nl.bordspiegel.board.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;

import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

import com.github.mvysny.kaributesting.v10.HasValueUtilsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.virtuallist.VirtualList;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.internal.nodefeature.ElementListenerMap;


import nl.bordspiegel.DemoLogins;
import nl.bordspiegel.FixedTime;
import nl.bordspiegel.KaribuTest;
import nl.bordspiegel.TeamHistories;
import nl.bordspiegel.TestSchools;
import nl.bordspiegel.board.BoardService;
import nl.bordspiegel.shared.Markup;
import nl.bordspiegel.shared.Vocabulary.IdeaStatus;

/**
 * What one open board screen weighs, counted as Vaadin's state nodes (each is a server-side
 * object the session keeps): a deterministic stand-in for the retained heap that the
 * benchmarks measure.
 */
class BoardWeightTest extends KaribuTest {

    @Test
    void theDemoBoardIsLean() {
        openTheDemoBoard();

        int nodes = stateNodes(UI.getCurrent());
        System.out.println("STATE NODES demo board Kernteam Rekenen: " + nodes);
        assertThat(nodes).isPositive();
        // A card's words and buttons are one node (CardFace); its comments button is part of that markup.
        _find(Div.class, spec -> spec.withClasses("card")).stream().filter(card -> !card.hasClassName("card-goal"))
                .forEach(card -> assertThat(nodesOf(card)).as(card.getId().orElse("card")).isEqualTo(2));
    }

    @Test
    void aCardsMarkupNamesItsIconsAndHoldsNoWebComponentForEveryScreenToBuild() {
        openTheDemoBoard();

        List<String> faces = _find(Div.class, spec -> spec.withClasses("card-face")).stream()
                .map(face -> face.getElement().getProperty("innerHTML", "")).toList();
        assertThat(faces).isNotEmpty().allSatisfy(markup -> assertThat(markup).as("the theme draws the icons")
                .contains("data-icon=\"edit\"").doesNotContain("<vaadin-"));
        assertThat(faces).anySatisfy(markup -> assertThat(markup).contains("data-icon=\"angle-right\"",
                "data-icon=\"trash\""));
    }

    @Test
    void theBoardsIconButtonComponentsAreDrawnByTheThemeAsWell() {
        openTheDemoBoard();
        tapAdd(successesHead());

        List<String> icons = _find(Button.class).stream().filter(button -> "icon".equals(button.getElement()
                .getAttribute("theme"))).map(button -> button.getElement().getProperty("innerHTML", "")).toList();
        assertThat(icons).as("the add form's button").isNotEmpty().allSatisfy(markup -> assertThat(markup)
                .contains("data-icon=\"plus\"", "aria-hidden=\"true\"").doesNotContain("<vaadin-"));
    }

    @Test
    void theButtonsOfEveryCardAreServedByOneListenerOfTheBoardNotOneOfTheirOwn() {
        openTheDemoBoard();

        List<Div> cards = _find(Div.class, spec -> spec.withClasses("card"));
        assertThat(cards).isNotEmpty().allSatisfy(card -> assertThat(clickExpressions(card)).as(card.getId().orElse(""))
                .isEmpty());
        assertThat(clickExpressions(_get(Div.class, spec -> spec.withClasses("board-columns"))))
                .contains(BoardView.PRESSED_CARD, Markup.pressed("act"));
    }

    /** What the element's click listeners ask the browser to send along: none when it has no click listener. */
    private static java.util.Set<String> clickExpressions(Div element) {
        return element.getElement().getNode().getFeatureIfInitialized(ElementListenerMap.class)
                .map(listeners -> listeners.getExpressions("click")).orElse(java.util.Set.of());
    }

    @Test
    void aColumnsAddFormIsMadeOnItsFirstTapAndAnotherTapKeepsWhatWasTyped() {
        openTheDemoBoard();
        Div head = successesHead();
        Element button = head.getElement().getChild(1);
        assertThat(button.getAttribute("id")).isEqualTo("column-successes-add");
        assertThat(button.hasAttribute("data-add")).isTrue();
        assertThat(button.getProperty("innerHTML")).isEqualTo("Succes toevoegen");
        assertThat(button.getAttribute("aria-expanded")).isEqualTo("false");
        assertThat(_find(TextField.class)).as("no add field until a column's button is pressed").isEmpty();

        tapAdd(head);
        TextField field = _get(TextField.class, spec -> spec.withId("add-success"));
        HasValueUtilsKt._setValue(field, "Half getypt");
        tapAdd(head);

        assertThat(_get(TextField.class, spec -> spec.withId("add-success"))).isSameAs(field);
        assertThat(field.getValue()).isEqualTo("Half getypt");
        assertThat(_find(TextField.class)).as("only the column that was opened").hasSize(1);
        assertThat(button.getAttribute("aria-expanded")).isEqualTo("true");
    }

    private static Div successesHead() {
        return _get(_get(Div.class, spec -> spec.withId("column-successes")), Div.class,
                spec -> spec.withClasses("board-column-head"));
    }

    private static void tapAdd(Div head) {
        pressMarkup(head.getElement(), "add", "");
    }

    private void openTheDemoBoard() {
        loginAs(DemoLogins.TEACHER);
        long team = context().getBean(JdbcTemplate.class)
                .queryForObject("select id from team where name = 'Kernteam Rekenen'", Long.class);
        UI.getCurrent().navigate("bord/" + team);
    }

    private static int nodesOf(Div card) {
        AtomicInteger count = new AtomicInteger();
        card.getElement().getNode().visitNodeTree(node -> count.incrementAndGet());
        return count.get();
    }

    @Test
    void aThreeYearBoardShowsAsManyCardsAsABoardWithOnlyTheSamePresentAndKeepsTheRestOneClickAway() {
        TestSchools.Imported young = TeamHistories.school(context(), 1, 12);
        TestSchools.Imported old = TeamHistories.school(context(), 1, 156);
        int parkedLongAgo = parkIdeasInThePast(old);
        int overdueLongAgo = leaveActionsOpenInThePast(old);

        int youngCards = cardsOnBoard(young);
        int youngNodes = stateNodes(UI.getCurrent());
        int oldCards = cardsOnBoard(old);
        int oldNodes = stateNodes(UI.getCurrent());
        System.out.println("CARDS young " + youngCards + ", three years " + oldCards + "; STATE NODES young " + youngNodes
                + ", three years " + oldNodes);

        assertThat(oldCards).isEqualTo(youngCards).isPositive();
        assertThat(oldNodes).isEqualTo(youngNodes);
        Fold older = _get(Fold.class, spec -> spec.withClasses("older-parked-ideas"));
        assertThat(older.getSummaryText()).contains(String.valueOf(parkedLongAgo));
        assertThat(_find(older, VirtualList.class)).as("made when unfolded").isEmpty();
        older.setOpened(true);
        assertThat(_find(older, VirtualList.class)).hasSize(1);
        Fold overdue = _get(Fold.class, spec -> spec.withClasses("older-overdue-actions"));
        assertThat(overdue.getSummaryText()).isEqualTo("Langer dan zes weken over tijd (" + overdueLongAgo + ")");
        assertThat(_find(overdue, VirtualList.class)).as("made when unfolded").isEmpty();
        overdue.setOpened(true);
        assertThat(_find(overdue, VirtualList.class)).hasSize(1);
    }

    @Test
    void anOpenActionLeavesTheBoardForTheFoldOnceItIsOverdueForMoreThanACycle() {
        TestSchools.Imported school = TeamHistories.school(context(), 1, 12);
        long team = school.teamId(context(), "Team 1");
        long author = TestSchools.signIn(context(), school.email("teacher")).personId();
        BoardService boards = context().getBean(BoardService.class);
        long fiveWeeksOver = boards.addAction(team, author, "Vijf weken over tijd", null, FixedTime.today(context()).minusWeeks(5));
        long sevenWeeksOver = boards.addAction(team, author, "Zeven weken over tijd", null, FixedTime.today(context()).minusWeeks(7));

        assertThat(boards.board(team).actions()).extracting(action -> action.id()).contains(fiveWeeksOver)
                .doesNotContain(sevenWeeksOver);
        assertThat(boards.longOverdueActions(team, 0, 10)).extracting(action -> action.id()).contains(sevenWeeksOver)
                .doesNotContain(fiveWeeksOver);
        assertThat(boards.card(team, nl.bordspiegel.board.CardKind.ACTION, sevenWeeksOver).card())
                .as("a screen told of a change to it takes it off the board").isEmpty();
        assertThat(boards.openActions(team)).as("the session still reviews it").extracting(action -> action.id())
                .contains(sevenWeeksOver);
    }

    /** Open actions due one to three years ago, never closed: a team's backlog that a board must not grow with. */
    private int leaveActionsOpenInThePast(TestSchools.Imported school) {
        long team = school.teamId(context(), "Team 1");
        long author = TestSchools.signIn(context(), school.email("teacher")).personId();
        BoardService boards = context().getBean(BoardService.class);
        int left = 0;
        for (int weeksAgo = 10; weeksAgo <= 150; weeksAgo += 20) {
            boards.addAction(team, author, "Vergeten actie " + weeksAgo, null,
                    FixedTime.today(context()).minusWeeks(weeksAgo));
            left++;
        }
        return left;
    }

    /** Ideas parked one to three years ago: they pile up on a board that is not kept to the present. */
    private int parkIdeasInThePast(TestSchools.Imported school) {
        long team = school.teamId(context(), "Team 1");
        long author = TestSchools.signIn(context(), school.email("teacher")).personId();
        BoardService boards = context().getBean(BoardService.class);
        int parked = 0;
        for (int weeksAgo = 10; weeksAgo <= 150; weeksAgo += 20) {
            FixedTime.advance(context(), Duration.ofDays(-7L * weeksAgo));
            boards.decideIdea(boards.addIdea(team, author, "Geparkeerd idee " + weeksAgo), 0, IdeaStatus.PARKED);
            FixedTime.clockOf(context()).reset();
            parked++;
        }
        return parked;
    }

    private int cardsOnBoard(TestSchools.Imported school) {
        loginAs(school.email("teacher"));
        UI.getCurrent().navigate("bord/" + school.teamId(context(), "Team 1"));
        return _find(Div.class, spec -> spec.withClasses("card")).size();
    }

    static int stateNodes(UI ui) {
        AtomicInteger count = new AtomicInteger();
        ui.getInternals().getStateTree().getRootNode().visitNodeTree(node -> count.incrementAndGet());
        return count.get();
    }
}
