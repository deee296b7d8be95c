package nl.bordspiegel.leadership;

import static nl.bordspiegel.leadership.HistoryBuilder.LEADER;
import static nl.bordspiegel.leadership.HistoryBuilder.weeksAgo;
import static nl.bordspiegel.shared.Vocabulary.AttendanceMark.ABSENT;
import static nl.bordspiegel.shared.Vocabulary.AttendanceMark.PRESENT;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import nl.bordspiegel.shared.Vocabulary.IdeaStatus;

class MotivatingDimensionTest {

    private static HistoryBuilder adopting(int attended, int teacherIdeas, int leaderIdeas) {
        HistoryBuilder school = new HistoryBuilder();
        for (int week = 0; week < 12; week++) {
            school.session("a", weeksAgo(week), week < attended ? PRESENT : ABSENT, "t1");
        }
        for (int i = 0; i < teacherIdeas; i++) {
            school.idea("a", "t" + (1 + i % 4), weeksAgo(i % 12), IdeaStatus.ADOPTED);
        }
        for (int i = 0; i < leaderIdeas; i++) {
            school.idea("a", LEADER, weeksAgo(i % 12), IdeaStatus.ADOPTED);
        }
        return school;
    }

    @Test
    void teachersIdeasCarryingWhileTheLeaderTakesPartLeansTeamplayer() {
        assertThat(adopting(10, 8, 1).assessed(Dimension.MOTIVATING).fit(Pattern.TEAMPLAYER)).isEqualTo(1.0);
    }

    @Test
    void leadersOwnIdeasCarryingLeansKeyplayer() {
        assertThat(adopting(12, 2, 6).assessed(Dimension.MOTIVATING).fit(Pattern.KEYPLAYER)).isEqualTo(1.0);
    }

    @Test
    void leaderWhoJoinsOnlyNowAndThenLeansFacilitator() {
        assertThat(adopting(3, 8, 0).assessed(Dimension.MOTIVATING).fit(Pattern.FACILITATOR)).isEqualTo(1.0);
    }

    @Test
    void ideasFromOtherLeadersRaiseNeitherSide() {
        HistoryBuilder school = adopting(12, 3, 2);
        double teamplayerBefore = school.assessed(Dimension.MOTIVATING).fit(Pattern.TEAMPLAYER);
        for (int i = 0; i < 6; i++) {
            school.idea("a", "l2", weeksAgo(i), IdeaStatus.ADOPTED);
        }

        assertThat(school.assessed(Dimension.MOTIVATING).fit(Pattern.TEAMPLAYER)).isEqualTo(teamplayerBefore);
        assertThat(adopting(12, 0, 0).idea("a", "l2", weeksAgo(1), IdeaStatus.ADOPTED)
                .assessed(Dimension.MOTIVATING).hasEvidence()).isFalse();
    }

    @Test
    void noAdoptedIdeasIsNoEvidence() {
        DimensionResult motivating = adopting(12, 0, 0)
                .idea("a", "t1", weeksAgo(1), IdeaStatus.NEW)
                .assessed(Dimension.MOTIVATING);

        assertThat(motivating.hasEvidence()).isFalse();
    }
}
