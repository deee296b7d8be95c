package nl.bordspiegel.board;

import static nl.bordspiegel.BoardTestSchool.BAS;
import static nl.bordspiegel.BoardTestSchool.COR;
import static nl.bordspiegel.BoardTestSchool.LEA;
import static nl.bordspiegel.BoardTestSchool.OTTO;
import static nl.bordspiegel.BoardTestSchool.TEAM_A;
import static nl.bordspiegel.BoardTestSchool.TEAM_B;
import static nl.bordspiegel.BoardTestSchool.TINA;
import static nl.bordspiegel.BoardTestSchool.TOM;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.ActiveProfiles;

import nl.bordspiegel.BoardTestSchool;
import nl.bordspiegel.FixedTime;
import nl.bordspiegel.shared.BoardEvent;
import nl.bordspiegel.shared.InvalidInputException;
import nl.bordspiegel.shared.BoardBroadcaster;
import nl.bordspiegel.shared.Vocabulary.ActionStatus;
import nl.bordspiegel.shared.Vocabulary.CommentKind;
import nl.bordspiegel.shared.Vocabulary.IdeaStatus;
import nl.bordspiegel.FixedTime;
import org.springframework.context.ApplicationContext;

@SpringBootTest
@ActiveProfiles("test")
class BoardServiceTest {

    @Autowired
    private ApplicationContext context;

    @Autowired
    BoardService boards;

    @Autowired
    BoardTestSchool school;

    @Autowired
    BoardBroadcaster live;

    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    long teamA;
    long teamB;

    @BeforeEach
    void signInTina() {
        teamA = school.team(TEAM_A);
        teamB = school.team(TEAM_B);
        school.signIn(TINA);
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void anActionBecomesOverdueTheDayAfterItsDueDate() {
        long action = boards.addAction(teamA, school.person(TINA), "Ouderavond voorbereiden", school.person(TOM),
                FixedTime.today(context).plusDays(2));

        assertThat(card(action).overdue()).as("due in two days").isFalse();
        FixedTime.advance(context, java.time.Duration.ofDays(2));
        assertThat(card(action).overdue()).as("due today").isFalse();
        FixedTime.advance(context, java.time.Duration.ofDays(1));
        assertThat(card(action).overdue()).as("due yesterday").isTrue();
    }

    private nl.bordspiegel.board.ActionCard card(long action) {
        return boards.board(teamA).actions().stream().filter(card -> card.id() == action).findFirst().orElseThrow();
    }

    @Test
    void everyKindOfCardLandsOnTheBoardWithItsAuthor() {
        long tom = school.person(TOM);
        boards.addSuccess(teamA, tom, "Rustige start na de pauze");
        boards.addIdea(teamA, school.person(TINA), "Leesmaatjes uit groep 8");
        long action = boards.addAction(teamA, school.person(TINA), "Leeshoek inrichten", tom, FixedTime.today(context).plusDays(7));
        boards.addGoal(teamA, "Meer leesplezier", "% dat dagelijks leest", 80.0, null, null);
        boards.addComment(teamA, school.person(LEA), CommentKind.QUESTION, "Wie koopt de kussens?", CardKind.ACTION,
                action);

        Board board = boards.board(teamA);

        assertThat(board.successes()).anySatisfy(card -> {
            assertThat(card.text()).isEqualTo("Rustige start na de pauze");
            assertThat(card.authorName()).isEqualTo("Tom Terpstra");
        });
        assertThat(board.ideas()).anySatisfy(card -> assertThat(card.authorName()).isEqualTo("Tina Teuling"));
        assertThat(board.actions()).anySatisfy(card -> {
            assertThat(card.title()).isEqualTo("Leeshoek inrichten");
            assertThat(card.ownerName()).isEqualTo("Tom Terpstra");
            assertThat(card.createdByName()).isEqualTo("Tina Teuling");
        });
        assertThat(board.goals()).anySatisfy(goal -> assertThat(goal.endsOn())
                .isEqualTo(FixedTime.today(context).plusWeeks(BoardService.DEFAULT_GOAL_WEEKS)));
        assertThat(board.comments(CardKind.ACTION, action)).as("the card shows how many").isEqualTo(1);
        assertThat(boards.comments(teamA, CardKind.ACTION, action)).singleElement().satisfies(comment -> {
            assertThat(comment.authorName()).isEqualTo("Lea Leeuwen");
            assertThat(comment.cardId()).isEqualTo(action);
        });
    }

    @Test
    void authorPickerListsTheTeamItsLeadersAndCoachesAndOwnersAreMembersAndLeaders() {
        Board board = boards.board(teamA);

        assertThat(board.authors()).extracting("name")
                .containsExactlyInAnyOrder("Tina Teuling", "Tom Terpstra", "Lea Leeuwen", "Cor Coenen");
        assertThat(board.owners()).extracting("name")
                .containsExactlyInAnyOrder("Tina Teuling", "Tom Terpstra", "Lea Leeuwen");
        assertThat(board.signedInPersonId()).isEqualTo(school.person(TINA));
    }

    @Test
    void cardCannotBeWrittenForSomeoneOutsideTheTeamNorOwnedByThem() {
        long bas = school.person(BAS);

        assertThatThrownBy(() -> boards.addSuccess(teamA, bas, "Niet van mij"))
                .isInstanceOfSatisfying(InvalidInputException.class, refused -> {
                    assertThat(refused.field()).isEqualTo(BoardFields.AUTHOR);
                    assertThat(refused.message(Locale.forLanguageTag("nl"))).contains("hoort niet (meer) bij dit team");
                });
        assertThatThrownBy(() -> boards.addAction(teamA, school.person(TINA), "Iets", bas, null))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        refused -> assertThat(refused.field()).isEqualTo(BoardFields.OWNER));
        assertThatThrownBy(() -> boards.addAction(teamA, school.person(TINA), "Iets", school.person(COR), null))
                .as("a coach is no action owner").isInstanceOf(InvalidInputException.class);
    }

    @Test
    void adoptingAnIdeaCreatesALinkedOpenActionOwnedByItsAuthor() {
        long idea = boards.addIdea(teamA, school.person(TOM), "Vaste leestijd na de lunch");
        long version = boards.board(teamA).ideas().stream().filter(card -> card.id() == idea).findFirst()
                .orElseThrow().version();

        long action = boards.decideIdea(idea, version, IdeaStatus.ADOPTED).action().orElseThrow();

        Board board = boards.board(teamA);
        assertThat(board.ideas()).noneMatch(card -> card.id() == idea);
        ActionCard card = board.actions().stream().filter(a -> a.id() == action).findFirst().orElseThrow();
        assertThat(card.fromIdeaId()).isEqualTo(idea);
        assertThat(card.ownerName()).isEqualTo("Tom Terpstra");
        assertThat(card.status()).isEqualTo(ActionStatus.OPEN);
    }

    @Test
    void parkedIdeaStaysAndDroppedIdeaLeavesTheBoard() {
        long parked = boards.addIdea(teamA, school.person(TOM), "Later misschien");
        long dropped = boards.addIdea(teamA, school.person(TOM), "Liever niet");

        assertThat(boards.decideIdea(parked, 0, IdeaStatus.PARKED).action()).isEmpty();
        boards.decideIdea(dropped, 0, IdeaStatus.DROPPED);

        assertThat(boards.board(teamA).ideas()).anySatisfy(card -> {
            assertThat(card.id()).isEqualTo(parked);
            assertThat(card.status()).isEqualTo(IdeaStatus.PARKED);
        }).noneMatch(card -> card.id() == dropped);
        assertThatThrownBy(() -> boards.decideIdea(dropped, 1, IdeaStatus.ADOPTED))
                .as("decided already, even when the caller had the newest version").isInstanceOf(CardChangedException.class);
    }

    @Test
    void overdueOpenActionStandsOutAndDoneNeedsAnOwner() {
        long late = boards.addAction(teamA, school.person(TINA), "Te laat", school.person(TOM),
                FixedTime.today(context).minusDays(1));
        long ownerless = boards.addAction(teamA, school.person(TINA), "Van niemand", null, null);

        assertThat(boards.action(late).overdue()).isTrue();
        assertThatThrownBy(() -> boards.changeActionStatus(ownerless, 0, ActionStatus.DONE))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        refused -> assertThat(refused.messageKey()).isEqualTo("board.action.doneNeedsOwner"));
        long version = boards.changeActionStatus(late, 0, ActionStatus.DONE);
        assertThat(boards.action(late).overdue()).isFalse();
        boards.changeActionStatus(late, version, ActionStatus.OPEN);
        assertThat(boards.action(late).status()).as("undo").isEqualTo(ActionStatus.OPEN);
    }

    @Test
    void closingAnActionRecordsTheDayAndReopeningClearsIt() {
        long action = boards.addAction(teamA, school.person(TINA), "Sluitdatum", school.person(TOM), null);

        long version = boards.changeActionStatus(action, 0, ActionStatus.DONE);
        assertThat(closedOn(action)).isEqualTo(FixedTime.today(context));

        boards.changeActionStatus(action, version, ActionStatus.IN_PROGRESS);
        assertThat(closedOn(action)).isNull();
    }

    private LocalDate closedOn(long action) {
        return jdbc.queryForObject("select closed_on from improvement_action where id = ?", LocalDate.class, action);
    }

    @Test
    void secondEditorOfTheSameCardIsToldAndNothingIsOverwritten() {
        long action = boards.addAction(teamA, school.person(TINA), "Oorspronkelijk", null, null);
        long seenByBoth = boards.action(action).version();

        boards.editAction(action, seenByBoth, "Eerste editor", null, null);

        assertThatThrownBy(() -> boards.editAction(action, seenByBoth, "Tweede editor", null, null))
                .isInstanceOf(CardChangedException.class)
                .satisfies(e -> assertThat(((CardChangedException) e).currentVersion()).isGreaterThan(seenByBoth));
        assertThat(boards.action(action).title()).isEqualTo("Eerste editor");
    }

    @Test
    void aGoalOfThreeYearsComesWithItsLastTwelveMeasurementsItsCountAndItsFirstValue() {
        LocalDate start = FixedTime.today(context).minusWeeks(155);
        long goal = boards.addGoal(teamA, "Drie jaar minder uitval", "uitval per week", 5.0, start,
                FixedTime.today(context).plusWeeks(1));
        for (int week = 0; week < 156; week++) {
            // From 40 down by a quarter a week to 1.25, then level: the last twelve are all at or below the target.
            boards.addMeasurement(goal, start.plusWeeks(week), Math.max(1.25, 40 - week * 0.25));
        }

        GoalCard onBoard = boards.board(teamA).goals().stream().filter(g -> g.id() == goal).findFirst().orElseThrow();
        GoalCard alone = (GoalCard) boards.card(teamA, CardKind.GOAL, goal).card().orElseThrow();

        for (GoalCard card : List.of(onBoard, alone)) {
            assertThat(card.measurements()).hasSize(GoalCard.SHOWN_MEASUREMENTS);
            assertThat(card.measurements().get(0).measuredOn()).isEqualTo(start.plusWeeks(144));
            assertThat(card.measurements().get(11).measuredOn()).isEqualTo(FixedTime.today(context));
            assertThat(card.olderMeasurements()).isEqualTo(144);
            assertThat(card.firstValue()).isEqualTo(40.0);
            assertThat(card.suggestedOutcome()).as("came down from 40 to the target").contains(GoalOutcome.REACHED);
        }
    }

    @Test
    void goalCollectsMeasurementsAndIsClosedOutWithAReason() {
        long goal = boards.addGoal(teamA, "Rustige gangen", "klachten per week", 2.0, FixedTime.today(context).minusWeeks(2),
                FixedTime.today(context).plusWeeks(3));
        boards.addMeasurement(goal, FixedTime.today(context).minusWeeks(1), 6);
        boards.addMeasurement(goal, FixedTime.today(context), 3);

        GoalCard card = boards.board(teamA).goals().stream().filter(g -> g.id() == goal).findFirst().orElseThrow();
        assertThat(card.measurements()).extracting(GoalCard.MeasurementPoint::value).containsExactly(6.0, 3.0);

        boards.closeGoal(goal, card.version(), GoalOutcome.NOT_REACHED, "Nieuwe klas kwam erbij");
        GoalCard closed = boards.board(teamA).goals().stream().filter(g -> g.id() == goal).findFirst().orElseThrow();
        assertThat(closed.outcome()).isEqualTo(GoalOutcome.NOT_REACHED);
        assertThat(closed.outcomeNote()).isEqualTo("Nieuwe klas kwam erbij");
        assertThatThrownBy(() -> boards.addMeasurement(goal, FixedTime.today(context), 1))
                .as("closed meanwhile on another screen").isInstanceOf(CardChangedException.class);
    }

    @Test
    void teacherOfTeamACannotReadOrChangeTeamB() {
        long basAction;
        school.signIn(BAS);
        basAction = boards.addAction(teamB, school.person(BAS), "Van team B", school.person(BAS), null);
        school.signIn(TINA);

        assertThatThrownBy(() -> boards.board(teamB)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> boards.addSuccess(teamB, school.person(TINA), "Ingebroken"))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> boards.changeActionStatus(basAction, 0, ActionStatus.DROPPED))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> boards.actionsCsv(teamB, Locale.ENGLISH)).isInstanceOf(AccessDeniedException.class);
        assertThat(boards.canOpen(teamB)).isFalse();
    }

    @Test
    void teacherOfAnotherSchoolSeesNothingButTheCoachSeesEveryTeam() {
        school.signIn(OTTO);
        assertThatThrownBy(() -> boards.board(teamA)).isInstanceOf(AccessDeniedException.class);
        assertThat(boards.canOpen(teamA)).isFalse();

        school.signIn(COR);
        assertThat(boards.board(teamB).team().id()).isEqualTo(teamB);
    }

    @Test
    void everyChangeIsLoggedAndReachesOtherScreensAfterCommitOnAnotherThread() throws Exception {
        BlockingQueue<BoardEvent> seen = new LinkedBlockingQueue<>();
        List<Thread> threads = new CopyOnWriteArrayList<>();
        LocalDateTime before = FixedTime.now(context).minusSeconds(1);
        try (var unused = closing(live.register(teamA, new Object(), event -> {
            threads.add(Thread.currentThread());
            seen.add(event);
        }))) {
            boards.addSuccess(teamA, school.person(TINA), "Gelogd");
            BoardEvent event = seen.poll(10, TimeUnit.SECONDS);

            assertThat(event).isInstanceOfSatisfying(BoardChanged.class, changed -> {
                assertThat(changed.kind()).isEqualTo(ChangeKind.CARD_ADDED);
                assertThat(changed.card()).isEqualTo(CardKind.SUCCESS);
                assertThat(changed.byPersonId()).isEqualTo(school.person(TINA));
            });
            assertThat(threads).doesNotContain(Thread.currentThread());
        }
        assertThat(boards.changesBetween(teamA, before, FixedTime.now(context).plusSeconds(1)))
                .anySatisfy(line -> assertThat(line.description()).isEqualTo("Gelogd"));
    }

    @Test
    void anEmptyOrTooLongCardIsRefusedWithAReasonAndNothingIsStored() {
        int before = boards.board(teamA).successes().size();

        assertThatThrownBy(() -> boards.addSuccess(teamA, school.person(TINA), "   "))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        refused -> assertThat(refused.message(Locale.ENGLISH)).isEqualTo("The text is required."));
        assertThatThrownBy(() -> boards.addSuccess(teamA, school.person(TINA), "x".repeat(5000)))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        refused -> assertThat(refused.messageKey()).isEqualTo("security.input.tooLong"));
        assertThat(boards.board(teamA).successes()).hasSize(before);
    }

    @Test
    void aRefusedChangeReachesNoScreen() throws Exception {
        BlockingQueue<BoardEvent> seen = new LinkedBlockingQueue<>();
        try (var unused = closing(live.register(teamA, new Object(), seen::add))) {
            school.signIn(OTTO);
            assertThatThrownBy(() -> boards.addSuccess(teamA, school.person(TINA), "Niet van mij"))
                    .isInstanceOf(AccessDeniedException.class);
            school.signIn(TINA);
            boards.addSuccess(teamA, school.person(TINA), "Wel van mij");

            // Events keep their order, so the refused one would have come first.
            assertThat(seen.poll(10, TimeUnit.SECONDS)).isInstanceOf(BoardChanged.class);
            assertThat(seen).isEmpty();
        }
    }

    private static AutoCloseable closing(com.vaadin.flow.shared.Registration registration) {
        return registration::remove;
    }

    @Test
    void actionsExportOpensInDutchExcel() {
        boards.addAction(teamA, school.person(TINA), "Kopen; en \"snel\"", school.person(TOM),
                LocalDate.of(2026, 11, 23));

        String csv = new String(boards.actionsCsv(teamA, nl.bordspiegel.shared.Messages.DUTCH),
                StandardCharsets.UTF_8);

        assertThat(csv).startsWith("\uFEFF");
        assertThat(csv.lines().findFirst().orElseThrow()).contains(";").contains("Eigenaar");
        assertThat(csv).contains("\"Kopen; en \"\"snel\"\"\";Tom Terpstra;Tina Teuling;").contains("23-11-2026");
    }
}
