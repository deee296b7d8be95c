package nl.bordspiegel.leadership;

import static nl.bordspiegel.leadership.HistoryBuilder.LEADER;
import static nl.bordspiegel.leadership.HistoryBuilder.TWELVE_WEEKS;
import static nl.bordspiegel.leadership.HistoryBuilder.weeksAgo;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import nl.bordspiegel.historymodel.SchoolHistory;
import nl.bordspiegel.shared.Vocabulary.AttendanceMark;
import nl.bordspiegel.shared.Vocabulary.TimeFeeling;

/** The same school told in another order is the same school. */
class OrderIndependenceTest {

    private final LeadershipInference inference = new LeadershipInference();

    @ParameterizedTest
    @ValueSource(longs = {11, 12, 13, 14, 15})
    void shufflingEveryListGivesTheSameProfileAndTrend(long seed) {
        SyntheticSchool school = SyntheticSchool.of(seed, 3, 1)
                .leader("l1", LeaderBehaviour.teamplayer().withLedShare(0.5))
                .leader("l2", LeaderBehaviour.keyplayer().withAttendanceRate(0.6));
        SchoolHistory history = school.build();
        SchoolHistory shuffled = Histories.shuffled(history, seed);
        Window window = new Window(school.end(), 12);

        for (String leader : List.of("l1", "l2")) {
            assertThat(inference.infer(shuffled, leader, window)).isEqualTo(inference.infer(history, leader, window));
            assertThat(inference.trend(shuffled, leader, school.end(), 4))
                    .isEqualTo(inference.trend(history, leader, school.end(), 4));
        }
    }

    @ParameterizedTest
    @ValueSource(longs = {21, 22, 23})
    void twoCheckInsOnTheLatestDayGiveTheSameFeelingInAnyOrder(long seed) {
        SchoolHistory history = new HistoryBuilder().sessions(12, AttendanceMark.PRESENT, 0)
                .checkIn(LEADER, weeksAgo(1), TimeFeeling.RIGHT)
                .checkIn(LEADER, weeksAgo(1), TimeFeeling.TOO_MUCH)
                .build();

        assertThat(inference.infer(Histories.shuffled(history, seed), LEADER, TWELVE_WEEKS))
                .isEqualTo(inference.infer(history, LEADER, TWELVE_WEEKS));
    }
}
