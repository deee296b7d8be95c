package nl.bordspiegel.leadership;

import static nl.bordspiegel.leadership.HistoryBuilder.AT;
import static nl.bordspiegel.leadership.HistoryBuilder.LEADER;
import static nl.bordspiegel.leadership.HistoryBuilder.TWELVE_WEEKS;
import static nl.bordspiegel.leadership.HistoryBuilder.weeksAgo;
import static nl.bordspiegel.shared.Vocabulary.AttendanceMark.ABSENT;
import static nl.bordspiegel.shared.Vocabulary.AttendanceMark.PRESENT;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.function.UnaryOperator;

import org.junit.jupiter.api.Test;

import nl.bordspiegel.shared.Vocabulary.CommentKind;
import nl.bordspiegel.shared.Vocabulary.IdeaStatus;
import nl.bordspiegel.shared.Vocabulary.TimeFeeling;

/** Only the window and the teams the leader follows count: nothing else may change the result. */
class WindowAndScopeTest {

    /** A leader with something in every part of the record, inside the window and in team a. */
    private static HistoryBuilder busyLeader() {
        HistoryBuilder school = new HistoryBuilder().sessions(10, PRESENT, 5)
                .session("a", weeksAgo(10), ABSENT, "t1")
                .comment("a", LEADER, weeksAgo(1), CommentKind.QUESTION)
                .idea("a", "t1", weeksAgo(2), IdeaStatus.ADOPTED)
                .idea("a", LEADER, weeksAgo(2), IdeaStatus.ADOPTED)
                .action("a", "t1", LEADER, weeksAgo(3))
                .action("a", LEADER, "t2", weeksAgo(3))
                .vision(LEADER, weeksAgo(4), "t1")
                .time(LEADER, weeksAgo(5), 300)
                .coachUpdate(LEADER, weeksAgo(6))
                .checkIn(LEADER, weeksAgo(7), TimeFeeling.RIGHT);
        return school;
    }

    /** Everything a leader can leave in the record, on one date in one team. */
    private static UnaryOperator<HistoryBuilder> everythingOn(LocalDate date, String team) {
        return school -> school
                .session(team, date, PRESENT, LEADER)
                .comment(team, LEADER, date, CommentKind.IDEA)
                .idea(team, LEADER, date, IdeaStatus.ADOPTED)
                .action(team, "t1", LEADER, date)
                .action(team, LEADER, LEADER, date);
    }

    private static UnaryOperator<HistoryBuilder> personalRecordOn(LocalDate date) {
        return school -> school
                .vision(LEADER, date)
                .time(LEADER, date, 900)
                .coachUpdate(LEADER, date)
                .checkIn(LEADER, date, TimeFeeling.TOO_MUCH);
    }

    @Test
    void historyBeforeTheWindowIsIgnored() {
        LocalDate dayBefore = TWELVE_WEEKS.first().minusDays(1);
        HistoryBuilder school = personalRecordOn(dayBefore).apply(everythingOn(dayBefore, "a").apply(busyLeader()));

        assertThat(school.inferred()).isEqualTo(busyLeader().inferred());
    }

    @Test
    void historyAfterTheWindowIsIgnored() {
        LocalDate dayAfter = AT.plusDays(1);
        HistoryBuilder school = personalRecordOn(dayAfter).apply(everythingOn(dayAfter, "a").apply(busyLeader()));

        assertThat(school.inferred()).isEqualTo(busyLeader().inferred());
    }

    @Test
    void historyOfATeamTheLeaderDoesNotFollowIsIgnored() {
        HistoryBuilder school = busyLeader();
        for (int week = 0; week < 12; week++) {
            everythingOn(weeksAgo(week), "b").apply(school);
        }

        assertThat(school.inferred()).isEqualTo(busyLeader().inferred());
    }

    @Test
    void bothEndsOfTheWindowCount() {
        HistoryBuilder school = new HistoryBuilder().sessions(5, PRESENT, 0)
                .session("a", TWELVE_WEEKS.first(), PRESENT, "t1")
                .session("a", AT, PRESENT, "t1");

        assertThat(school.inferred().signals().sessionsHeld()).isEqualTo(7);
        assertThat(TWELVE_WEEKS.first()).isEqualTo(AT.minusDays(83));
    }

    @Test
    void otherLeadersOfTheSameTeamDoNotCountAsTheLeader() {
        HistoryBuilder school = busyLeader().comment("a", "l2", weeksAgo(1), CommentKind.QUESTION)
                .action("a", "t1", "l2", weeksAgo(1));

        assertThat(school.inferred().signals().inquiryPerSession())
                .isEqualTo(busyLeader().inferred().signals().inquiryPerSession());
        assertThat(school.inferred().signals().ownedShare()).isLessThan(busyLeader().inferred().signals().ownedShare());
    }
}
