package nl.bordspiegel.leadership;

import static nl.bordspiegel.leadership.HistoryBuilder.LEADER;
import static nl.bordspiegel.leadership.HistoryBuilder.weeksAgo;
import static nl.bordspiegel.shared.Vocabulary.AttendanceMark.ABSENT;
import static nl.bordspiegel.shared.Vocabulary.AttendanceMark.PRESENT;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import nl.bordspiegel.shared.Vocabulary.CommentKind;

class DevelopmentDimensionTest {

    /** 12 weekly sessions of which the leader attends the newest {@code attended}, asking {@code perSession} each. */
    private static HistoryBuilder attending(int attended, int questionsPerSession) {
        HistoryBuilder school = new HistoryBuilder();
        for (int week = 0; week < 12; week++) {
            school.session("a", weeksAgo(week), week < attended ? PRESENT : ABSENT, "t1");
            for (int q = 0; week < attended && q < questionsPerSession; q++) {
                school.comment("a", LEADER, weeksAgo(week), CommentKind.QUESTION);
            }
        }
        return school;
    }

    @Test
    void leaderWhoAsksAboutOncePerSessionLeansTeamplayer() {
        assertThat(attending(10, 1).assessed(Dimension.DEVELOPMENT).fit(Pattern.TEAMPLAYER)).isEqualTo(1.0);
    }

    @Test
    void leaderWhoIsEverywhereAndDirectsLeansKeyplayer() {
        HistoryBuilder school = attending(12, 0);
        for (int week = 0; week < 12; week++) {
            school.action("a", "t2", LEADER, weeksAgo(week));
        }

        assertThat(school.assessed(Dimension.DEVELOPMENT).fit(Pattern.KEYPLAYER)).isEqualTo(1.0);
    }

    @Test
    void leaderWhoIsEverywhereButSilentIsNoFullKeyplayer() {
        DimensionResult silent = attending(12, 0).assessed(Dimension.DEVELOPMENT);

        assertThat(silent.fit(Pattern.KEYPLAYER)).isEqualTo(0.5);
        assertThat(silent.fit(Pattern.TEAMPLAYER)).isEqualTo(0.5);
    }

    @Test
    void nearlyAllIsPresencesAlwaysThere() {
        assertThat(attending(12, 0).assessed(Dimension.DEVELOPMENT).fit(Pattern.KEYPLAYER))
                .isGreaterThan(attending(10, 0).assessed(Dimension.DEVELOPMENT).fit(Pattern.KEYPLAYER));
        assertThat(PresenceRule.alwaysThere(PresenceRule.OFTEN_THERE)).isZero();
        assertThat(PresenceRule.alwaysThere(PresenceRule.ALWAYS_THERE)).isEqualTo(1.0);
    }

    @Test
    void leaderWhoIsRarelyThereAndRarelyHeardLeansFacilitator() {
        assertThat(attending(2, 0).coachUpdate(LEADER, weeksAgo(3))
                .assessed(Dimension.DEVELOPMENT).fit(Pattern.FACILITATOR)).isEqualTo(1.0);
    }

    @Test
    void coachUpdatesAsTheChannelLeanFacilitatorForALeaderWhoSpeaksUpWhenThere() {
        HistoryBuilder withoutUpdates = attending(3, 3);
        HistoryBuilder withUpdates = attending(3, 3);
        for (int week = 0; week < 12; week += 2) {
            withUpdates.coachUpdate(LEADER, weeksAgo(week));
        }

        assertThat(withoutUpdates.assessed(Dimension.DEVELOPMENT).fit(Pattern.FACILITATOR)).isLessThan(0.1);
        assertThat(withUpdates.assessed(Dimension.DEVELOPMENT).fit(Pattern.FACILITATOR)).isGreaterThan(0.9);
    }
}
