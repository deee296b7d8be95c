package nl.bordspiegel.leadership;

import static nl.bordspiegel.leadership.HistoryBuilder.weeksAgo;
import static nl.bordspiegel.shared.Vocabulary.AttendanceMark.ABSENT;
import static nl.bordspiegel.shared.Vocabulary.AttendanceMark.PRESENT;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PresenceDimensionTest {

    private static DimensionResult presence(int attended, int led) {
        HistoryBuilder school = new HistoryBuilder();
        for (int week = 0; week < 12; week++) {
            school.session("a", weeksAgo(week), week < attended ? PRESENT : ABSENT, week < led ? "l1" : "t1");
        }
        return school.assessed(Dimension.PRESENCE);
    }

    @Test
    void leaderWhoLeadsEverySessionLeansKeyplayer() {
        DimensionResult presence = presence(12, 12);

        assertThat(presence.fit(Pattern.KEYPLAYER)).isGreaterThan(0.9);
        assertThat(presence.favours(Pattern.KEYPLAYER)).isTrue();
    }

    @Test
    void leaderWhoAttendsMostButRarelyLeadsLeansTeamplayer() {
        DimensionResult presence = presence(9, 1);

        assertThat(presence.fit(Pattern.TEAMPLAYER)).isGreaterThan(0.9);
    }

    @Test
    void leaderWhoIsMostlyAbsentLeansFacilitator() {
        DimensionResult presence = presence(3, 0);

        assertThat(presence.fit(Pattern.FACILITATOR)).isEqualTo(1.0);
    }

    @Test
    void leadingHalfOfTheSessionsAlwaysAttendedIsBetweenTeamplayerAndKeyplayer() {
        DimensionResult presence = presence(12, 6);

        assertThat(presence.fit(Pattern.KEYPLAYER)).isBetween(0.4, 0.6);
        assertThat(presence.fit(Pattern.TEAMPLAYER)).isBetween(0.4, 0.6);
    }

    @Test
    void eachExtraAttendedSessionMovesTheFacilitatorFitByASmallStep() {
        double previous = presence(0, 0).fit(Pattern.FACILITATOR);
        for (int attended = 1; attended <= 12; attended++) {
            double facilitator = presence(attended, 0).fit(Pattern.FACILITATOR);
            assertThat(facilitator).isLessThanOrEqualTo(previous);
            assertThat(previous - facilitator).as("step to %d attended", attended).isLessThan(0.5);
            previous = facilitator;
        }
        assertThat(previous).isZero();
    }

    @Test
    void evidenceNamesSessionsAttendedHeldAndLed() {
        assertThat(presence(11, 9).evidence().arguments()).containsExactly(11, 12, 0, 9);
    }
}
