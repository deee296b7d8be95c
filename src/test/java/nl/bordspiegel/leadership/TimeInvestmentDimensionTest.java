package nl.bordspiegel.leadership;

import static nl.bordspiegel.leadership.HistoryBuilder.LEADER;
import static nl.bordspiegel.leadership.HistoryBuilder.TWELVE_WEEKS;
import static nl.bordspiegel.leadership.HistoryBuilder.weeksAgo;
import static nl.bordspiegel.shared.Vocabulary.AttendanceMark.ABSENT;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import nl.bordspiegel.shared.Vocabulary.TimeFeeling;

/** Hours come from logged time only here: the leader attends none of the 12 sessions. */
class TimeInvestmentDimensionTest {

    private static HistoryBuilder spending(double hoursPerWeek) {
        return new HistoryBuilder().sessions(12, ABSENT, 0).time(LEADER, weeksAgo(1), (int) (hoursPerWeek * 60 * 12));
    }

    @Test
    void leaderWhoSpendsUnderAnHourAWeekLeansFacilitator() {
        assertThat(spending(0.5).assessed(Dimension.TIME_INVESTMENT).fit(Pattern.FACILITATOR)).isEqualTo(1.0);
    }

    @Test
    void leaderWhoSpendsTwoHoursAWeekLeansTeamplayer() {
        assertThat(spending(2).assessed(Dimension.TIME_INVESTMENT).fit(Pattern.TEAMPLAYER)).isEqualTo(1.0);
    }

    @Test
    void leaderWhoSpendsOverFourHoursAWeekLeansKeyplayer() {
        assertThat(spending(4).assessed(Dimension.TIME_INVESTMENT).fit(Pattern.KEYPLAYER)).isEqualTo(1.0);
    }

    @Test
    void leaderWhoIsAlsoCoachLeansTeamplayerEvenWithManyHours() {
        DimensionResult time = spending(4).leaderAlsoCoach().assessed(Dimension.TIME_INVESTMENT);

        assertThat(time.fit(Pattern.TEAMPLAYER)).isGreaterThan(spending(4).assessed(Dimension.TIME_INVESTMENT)
                .fit(Pattern.TEAMPLAYER));
        assertThat(time.favours(Pattern.TEAMPLAYER)).isTrue();
        assertThat(time.evidence().arguments()).element(4).isEqualTo(1);
    }

    @Test
    void leaderWhoFeelsItIsTooMuchLeansKeyplayer() {
        DimensionResult time = spending(2).checkIn(LEADER, weeksAgo(2), TimeFeeling.TOO_MUCH)
                .assessed(Dimension.TIME_INVESTMENT);

        assertThat(time.fit(Pattern.KEYPLAYER)).isEqualTo(0.5);
        assertThat(time.evidence().arguments()).element(5).isEqualTo(1);
    }

    @Test
    void onlyTheLatestCheckInInTheWindowCounts() {
        DimensionResult laterRight = spending(2)
                .checkIn(LEADER, weeksAgo(4), TimeFeeling.TOO_MUCH)
                .checkIn(LEADER, weeksAgo(1), TimeFeeling.RIGHT)
                .checkIn(LEADER, weeksAgo(-1), TimeFeeling.TOO_MUCH)
                .assessed(Dimension.TIME_INVESTMENT);

        assertThat(laterRight.fit(Pattern.KEYPLAYER)).isZero();
    }

    @Test
    void schoolSettingsDecideWhatALotOfTimeIs() {
        LeadershipInference modestSchool = new LeadershipInference(new Settings(0.5, 1.5));

        DimensionResult time = modestSchool.infer(spending(2).build(), LEADER, TWELVE_WEEKS).dimensions().stream()
                .filter(d -> d.dimension() == Dimension.TIME_INVESTMENT).findAny().orElseThrow();

        assertThat(time.fit(Pattern.KEYPLAYER)).isEqualTo(1.0);
    }

    @Test
    void hoursAroundTheThresholdGiveABlendNotACliff() {
        DimensionResult time = spending(1).assessed(Dimension.TIME_INVESTMENT);

        assertThat(time.fit(Pattern.FACILITATOR)).isBetween(0.3, 0.7);
        assertThat(time.fit(Pattern.TEAMPLAYER)).isBetween(0.3, 0.7);
    }
}
