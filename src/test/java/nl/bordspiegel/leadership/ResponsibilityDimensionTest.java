package nl.bordspiegel.leadership;

import static nl.bordspiegel.leadership.HistoryBuilder.LEADER;
import static nl.bordspiegel.leadership.HistoryBuilder.weeksAgo;
import static nl.bordspiegel.shared.Vocabulary.AttendanceMark.PRESENT;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Ten actions in the leader's team; who created and who owns them differs per test. */
class ResponsibilityDimensionTest {

    private static HistoryBuilder actions(int forOthers, int owned) {
        HistoryBuilder school = new HistoryBuilder().sessions(12, PRESENT, 0);
        for (int i = 0; i < 10; i++) {
            String owner = i < owned ? LEADER : "t" + (1 + i % 4);
            String createdBy = i >= owned && i < owned + forOthers ? LEADER : "t1";
            school.action("a", owner, createdBy, weeksAgo(i));
        }
        return school;
    }

    @Test
    void leaderWhoCreatesMostActionsForOthersLeansKeyplayer() {
        assertThat(actions(7, 0).assessed(Dimension.RESPONSIBILITY).fit(Pattern.KEYPLAYER)).isEqualTo(1.0);
    }

    @Test
    void leaderWhoOwnsALargeShareLeansKeyplayer() {
        assertThat(actions(0, 5).assessed(Dimension.RESPONSIBILITY).fit(Pattern.KEYPLAYER)).isEqualTo(1.0);
    }

    @Test
    void leaderWhoOwnsSomeLikeAnyMemberLeansTeamplayer() {
        assertThat(actions(0, 1).assessed(Dimension.RESPONSIBILITY).fit(Pattern.TEAMPLAYER)).isEqualTo(1.0);
    }

    @Test
    void leaderWhoOwnsAndCreatesNoneLeansFacilitator() {
        assertThat(actions(0, 0).assessed(Dimension.RESPONSIBILITY).fit(Pattern.FACILITATOR)).isEqualTo(1.0);
    }

    @Test
    void noActionsInTheLeadersTeamsIsNoEvidence() {
        DimensionResult responsibility = new HistoryBuilder().sessions(12, PRESENT, 0)
                .action("b", LEADER, LEADER, weeksAgo(1))
                .assessed(Dimension.RESPONSIBILITY);

        assertThat(responsibility.hasEvidence()).isFalse();
        assertThat(responsibility.evidence().key()).isEqualTo("leadership.noEvidence.responsibility");
    }
}
