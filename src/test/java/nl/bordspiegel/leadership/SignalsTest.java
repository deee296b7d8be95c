package nl.bordspiegel.leadership;

import static nl.bordspiegel.leadership.HistoryBuilder.LEADER;
import static nl.bordspiegel.leadership.HistoryBuilder.TWELVE_WEEKS;
import static nl.bordspiegel.leadership.HistoryBuilder.weeksAgo;
import static nl.bordspiegel.shared.Vocabulary.AttendanceMark.ABSENT;
import static nl.bordspiegel.shared.Vocabulary.AttendanceMark.PARTIAL;
import static nl.bordspiegel.shared.Vocabulary.AttendanceMark.PRESENT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

import nl.bordspiegel.shared.Vocabulary.CommentKind;
import nl.bordspiegel.shared.Vocabulary.IdeaStatus;

/** Each signal of the spec, counted over the sessions held in the leader's teams in the window. */
class SignalsTest {

    private final LeadershipInference inference = new LeadershipInference();

    private Signals signals(HistoryBuilder school) {
        return inference.infer(school.build(), LEADER, TWELVE_WEEKS).signals();
    }

    @Test
    void sessionsHeldCountsOnlyHeldSessionsOfFollowedTeamsInTheWindow() {
        HistoryBuilder school = new HistoryBuilder().sessions(8, PRESENT, 0)
                .session("b", weeksAgo(1), PRESENT, "t5")
                .cancelledSession(weeksAgo(9))
                .session("a", weeksAgo(12), PRESENT, "t1");

        assertThat(signals(school).sessionsHeld()).isEqualTo(8);
    }

    @Test
    void attendanceRateCountsPartialPresenceAsHalf() {
        HistoryBuilder school = new HistoryBuilder();
        for (int week = 0; week < 12; week++) {
            school.session("a", weeksAgo(week), week < 6 ? PRESENT : week < 10 ? PARTIAL : ABSENT, "t1");
        }

        assertThat(signals(school).attendanceRate()).isCloseTo((6 + 4 * 0.5) / 12, within(1e-12));
    }

    @Test
    void leaderWithoutAnAttendanceMarkCountsAsAbsent() {
        HistoryBuilder school = new HistoryBuilder().sessions(6, PRESENT, 0)
                .sessionWithoutDuration(weeksAgo(7), ABSENT);

        assertThat(signals(school).attendanceRate()).isCloseTo(6.0 / 7, within(1e-12));
    }

    @Test
    void ledShareIsSessionsLedOverSessionsAttended() {
        HistoryBuilder school = new HistoryBuilder().sessions(8, PRESENT, 4)
                .session("a", weeksAgo(9), ABSENT, "t1")
                .session("a", weeksAgo(10), ABSENT, "t1");

        assertThat(signals(school).ledShare()).isEqualTo(0.5);
    }

    @Test
    void leadingASessionCountsAsBeingThereWhateverTheMark() {
        HistoryBuilder school = new HistoryBuilder().sessions(6, ABSENT, 0)
                .session("a", weeksAgo(7), ABSENT, LEADER);

        Signals signals = signals(school);
        assertThat(signals.attendanceRate()).isCloseTo(1.0 / 7, within(1e-12));
        assertThat(signals.ledShare()).isEqualTo(1.0);
    }

    @Test
    void ledShareIsZeroWhenNoSessionWasAttended() {
        assertThat(signals(new HistoryBuilder().sessions(6, ABSENT, 0)).ledShare()).isZero();
    }

    @Test
    void inquiryPerSessionCountsQuestionsCommentsAndIdeasPerAttendedSession() {
        HistoryBuilder school = new HistoryBuilder().sessions(10, PRESENT, 0)
                .session("a", weeksAgo(10), ABSENT, "t1")
                .comment("a", LEADER, weeksAgo(1), CommentKind.QUESTION)
                .comment("a", LEADER, weeksAgo(2), CommentKind.COMMENT)
                .comment("a", LEADER, weeksAgo(3), CommentKind.IDEA)
                .idea("a", LEADER, weeksAgo(4), IdeaStatus.NEW)
                .idea("a", LEADER, weeksAgo(5), IdeaStatus.DROPPED)
                .comment("a", "t1", weeksAgo(1), CommentKind.QUESTION)
                .idea("a", "t2", weeksAgo(1), IdeaStatus.NEW);

        assertThat(signals(school).inquiryPerSession()).isEqualTo(0.5);
    }

    @Test
    void directiveShareIsActionsTheLeaderCreatedForSomeoneElse() {
        HistoryBuilder school = new HistoryBuilder().sessions(6, PRESENT, 0)
                .action("a", "t1", LEADER, weeksAgo(1))
                .action("a", "t2", LEADER, weeksAgo(2))
                .action("a", LEADER, LEADER, weeksAgo(2))
                .action("a", null, LEADER, weeksAgo(3))
                .action("a", "t1", "t1", weeksAgo(3));

        assertThat(signals(school).directiveShare()).isEqualTo(2.0 / 5);
    }

    @Test
    void ownedShareIsActionsOwnedByTheLeader() {
        HistoryBuilder school = new HistoryBuilder().sessions(6, PRESENT, 0)
                .action("a", LEADER, "t1", weeksAgo(1))
                .action("a", LEADER, LEADER, weeksAgo(2))
                .action("a", "t1", "t1", weeksAgo(2))
                .action("a", "t2", "t2", weeksAgo(3));

        assertThat(signals(school).ownedShare()).isEqualTo(0.5);
    }

    @Test
    void bottomUpShareWeighsTeachersAndSchoolCoachesIdeasAgainstTheLeadersOwnLeavingOtherLeadersOut() {
        HistoryBuilder school = new HistoryBuilder().sessions(6, PRESENT, 0)
                .idea("a", "t1", weeksAgo(1), IdeaStatus.ADOPTED)
                .idea("a", "c1", weeksAgo(1), IdeaStatus.ADOPTED)
                .idea("a", LEADER, weeksAgo(2), IdeaStatus.ADOPTED)
                .idea("a", "l2", weeksAgo(2), IdeaStatus.ADOPTED)
                .idea("a", "t2", weeksAgo(2), IdeaStatus.PARKED);

        assertThat(signals(school).bottomUpShare()).isEqualTo(2.0 / 3);
    }

    @Test
    void hoursPerWeekAddsAttendedSessionMinutesAndLoggedTime() {
        HistoryBuilder school = new HistoryBuilder();
        for (int week = 0; week < 12; week++) {
            school.session("a", weeksAgo(week), week < 8 ? PRESENT : PARTIAL, "t1");
        }
        school.time(LEADER, weeksAgo(1), 570).time("l2", weeksAgo(1), 600);

        assertThat(signals(school).hoursPerWeek()).isCloseTo((8 * 15 + 4 * 7.5 + 570) / 60.0 / 12, within(1e-12));
    }

    @Test
    void sessionWithoutDurationCountsTheUsualFifteenMinutes() {
        HistoryBuilder school = new HistoryBuilder().sessions(5, ABSENT, 0)
                .sessionWithoutDuration(weeksAgo(6), PRESENT);

        assertThat(signals(school).hoursPerWeek()).isCloseTo(15 / 60.0 / 12, within(1e-12));
    }

    @Test
    void alsoCoachIsTrueForALeaderWithTheCoachRole() {
        assertThat(signals(new HistoryBuilder().sessions(6, PRESENT, 0)).alsoCoach()).isFalse();
        assertThat(signals(new HistoryBuilder().sessions(6, PRESENT, 0).leaderAlsoCoach()).alsoCoach()).isTrue();
    }

    @Test
    void visionCoCreationCountsTheLeadersItemsWrittenWithATeacher() {
        HistoryBuilder school = new HistoryBuilder().sessions(6, PRESENT, 0)
                .vision(LEADER, weeksAgo(1), "t1")
                .vision(LEADER, weeksAgo(2), "l2")
                .vision(LEADER, weeksAgo(3))
                .vision("t2", weeksAgo(4), LEADER)
                .vision("t3", weeksAgo(4));

        assertThat(signals(school).visionCoCreation()).isEqualTo(2.0 / 4);
    }

    @Test
    void coachUpdatesCountsUpdatesAddressedToTheLeaderInTheWindow() {
        HistoryBuilder school = new HistoryBuilder().sessions(6, PRESENT, 0)
                .coachUpdate(LEADER, weeksAgo(1))
                .coachUpdate(LEADER, weeksAgo(11))
                .coachUpdate("l2", weeksAgo(1))
                .coachUpdate(LEADER, weeksAgo(13));

        assertThat(signals(school).coachUpdates()).isEqualTo(2);
    }

    @Test
    void signalsMapUsesTheSpecNamesInTheSpecOrder() {
        assertThat(signals(new HistoryBuilder().sessions(6, PRESENT, 0)).asMap()).containsOnlyKeys(
                "sessionsHeld", "attendanceRate", "ledShare", "inquiryPerSession", "directiveShare", "ownedShare",
                "bottomUpShare", "hoursPerWeek", "alsoCoach", "visionCoCreation", "coachUpdates");
        assertThat(signals(new HistoryBuilder().sessions(6, PRESENT, 0)).asMap().keySet())
                .startsWith("sessionsHeld", "attendanceRate").endsWith("coachUpdates");
    }
}
