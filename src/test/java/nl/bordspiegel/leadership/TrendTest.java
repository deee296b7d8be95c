package nl.bordspiegel.leadership;

import static nl.bordspiegel.leadership.HistoryBuilder.AT;
import static nl.bordspiegel.leadership.HistoryBuilder.LEADER;
import static nl.bordspiegel.leadership.HistoryBuilder.weeksAgo;
import static nl.bordspiegel.shared.Vocabulary.AttendanceMark.ABSENT;
import static nl.bordspiegel.shared.Vocabulary.AttendanceMark.PRESENT;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import nl.bordspiegel.historymodel.SchoolHistory;
import nl.bordspiegel.leadership.LeadershipProfile.Status;

class TrendTest {

    private final LeadershipInference inference = new LeadershipInference();

    /** Eighteen weeks: absent for the oldest six, there without leading for six, then leading every session. */
    private static SchoolHistory leaderWhoStepsIn() {
        HistoryBuilder school = new HistoryBuilder();
        for (int week = 0; week < 18; week++) {
            school.session("a", weeksAgo(week), week < 12 ? PRESENT : ABSENT, week < 6 ? LEADER : "t1");
        }
        return school.build();
    }

    @Test
    void trendGivesConsecutiveSixWeekCyclesOldestFirstEndingOnTheDate() {
        List<CycleProfile> trend = inference.trend(leaderWhoStepsIn(), LEADER, AT, 3);

        assertThat(trend).hasSize(3);
        assertThat(trend.get(2).cycle()).isEqualTo(new Window(AT, 6));
        assertThat(trend.get(1).cycle().at()).isEqualTo(trend.get(2).cycle().first().minusDays(1));
        assertThat(trend.get(0).cycle().at()).isEqualTo(trend.get(1).cycle().first().minusDays(1));
    }

    @Test
    void eachCycleIsTheSameInferenceOverThatCycle() {
        SchoolHistory history = leaderWhoStepsIn();

        for (CycleProfile point : inference.trend(history, LEADER, AT, 3)) {
            assertThat(point.profile()).isEqualTo(inference.infer(history, LEADER, point.cycle()));
        }
    }

    @Test
    void trendFollowsALeaderWhoStepsIn() {
        List<LeadershipProfile> trend = inference.trend(leaderWhoStepsIn(), LEADER, AT, 3).stream()
                .map(CycleProfile::profile).toList();

        assertThat(trend).extracting(LeadershipProfile::primary)
                .containsExactly(Pattern.FACILITATOR, Pattern.TEAMPLAYER, Pattern.KEYPLAYER);
    }

    @Test
    void cyclesBeforeTheHistoryStartedHaveInsufficientData() {
        List<CycleProfile> trend = inference.trend(leaderWhoStepsIn(), LEADER, AT, 4);

        assertThat(trend.get(0).profile().status()).isEqualTo(Status.INSUFFICIENT_DATA);
        assertThat(trend.get(1).profile().status()).isEqualTo(Status.OK);
    }
}
