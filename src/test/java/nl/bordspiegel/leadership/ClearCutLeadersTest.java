package nl.bordspiegel.leadership;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import nl.bordspiegel.historymodel.SchoolHistory;
import nl.bordspiegel.leadership.LeadershipProfile.Confidence;

/** Generated leaders who behave as one pattern in the study come out as that pattern. */
class ClearCutLeadersTest {

    private final LeadershipInference inference = new LeadershipInference();

    private LeadershipProfile inferred(long seed, LeaderBehaviour behaviour) {
        SyntheticSchool school = SyntheticSchool.of(seed, 3, 1).leader("l1", behaviour);
        SchoolHistory history = school.build();
        return inference.infer(history, "l1", new Window(school.end(), 12));
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8})
    void leaderWhoAttendsLeadsAndDirectsEverythingIsKeyplayer(long seed) {
        LeadershipProfile profile = inferred(seed, LeaderBehaviour.keyplayer());

        assertThat(profile.primary()).isEqualTo(Pattern.KEYPLAYER);
        assertThat(profile.mixedWith()).isNull();
        assertThat(profile.confidence()).isEqualTo(Confidence.HIGH);
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8})
    void leaderWhoTakesPartAsTeamMemberIsTeamplayer(long seed) {
        LeadershipProfile profile = inferred(seed, LeaderBehaviour.teamplayer());

        assertThat(profile.primary()).isEqualTo(Pattern.TEAMPLAYER);
        assertThat(profile.mixedWith()).isNull();
        assertThat(profile.confidence()).isEqualTo(Confidence.HIGH);
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8})
    void leaderWhoStaysAtADistanceIsFacilitator(long seed) {
        LeadershipProfile profile = inferred(seed, LeaderBehaviour.facilitator());

        assertThat(profile.primary()).isEqualTo(Pattern.FACILITATOR);
        assertThat(profile.mixedWith()).isNull();
        assertThat(profile.confidence()).isEqualTo(Confidence.HIGH);
    }
}
