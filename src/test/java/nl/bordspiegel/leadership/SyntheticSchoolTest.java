package nl.bordspiegel.leadership;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

import nl.bordspiegel.historymodel.SchoolHistory;

/** The generator the other tests rely on: reproducible, and its leaders behave as asked. */
class SyntheticSchoolTest {

    private static SchoolHistory school(long seed) {
        return SyntheticSchool.of(seed, 4, 2).leader("l1", LeaderBehaviour.teamplayer()).build();
    }

    @Test
    void sameSeedGivesTheSameSchoolAndAnotherSeedAnother() {
        assertThat(school(7)).isEqualTo(school(7));
        assertThat(school(8)).isNotEqualTo(school(7));
    }

    @Test
    void schoolHasWeeklySessionsForEveryTeamPlusOneTeamNobodyFollows() {
        SchoolHistory history = school(7);

        assertThat(history.teams()).hasSize(5);
        assertThat(history.teams()).filteredOn(t -> t.leaders().isEmpty()).hasSize(1);
        assertThat(history.sessions()).hasSize(5 * 52 * 2);
    }

    @Test
    void generatedLeaderAttendsAndLeadsAtAboutTheChosenRates() {
        SyntheticSchool synthetic = SyntheticSchool.of(3, 4, 2)
                .leader("l1", LeaderBehaviour.keyplayer().withAttendanceRate(0.6).withLedShare(0.5));
        Signals signals = new LeadershipInference()
                .infer(synthetic.build(), "l1", new Window(synthetic.end(), 104)).signals();

        // About 400 sessions: three standard deviations of a chance of 0.6 is about 0.075.
        assertThat(signals.attendanceRate()).isCloseTo(0.6, within(0.075));
        assertThat(signals.ledShare()).isCloseTo(0.5, within(0.1));
    }
}
