package nl.bordspiegel.leadership;

import static nl.bordspiegel.leadership.HistoryBuilder.weeksAgo;
import static nl.bordspiegel.shared.Vocabulary.AttendanceMark.PRESENT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

import nl.bordspiegel.leadership.LeadershipProfile.Confidence;
import nl.bordspiegel.leadership.LeadershipProfile.Status;

/** Too little to go on: the product says what is missing instead of guessing. */
class InsufficientDataTest {

    private static void assertInsufficient(LeadershipProfile profile, Message missing) {
        assertThat(profile.status()).isEqualTo(Status.INSUFFICIENT_DATA);
        assertThat(profile.primary()).isNull();
        assertThat(profile.mixedWith()).isNull();
        assertThat(profile.confidence()).isEqualTo(Confidence.LOW);
        assertThat(profile.profile()).isEmpty();
        assertThat(profile.dimensions()).isEmpty();
        assertThat(profile.missing()).containsExactly(missing);
    }

    @Test
    void leaderWithoutSessionsGetsInsufficientData() {
        assertInsufficient(new HistoryBuilder().inferred(), Message.of("leadership.missing.sessions", 0, 6));
    }

    @Test
    void cancelledSessionsAreNotHeld() {
        HistoryBuilder school = new HistoryBuilder();
        for (int week = 0; week < 12; week++) {
            school.cancelledSession(weeksAgo(week));
        }

        assertInsufficient(school.inferred(), Message.of("leadership.missing.sessions", 0, 6));
    }

    @Test
    void fiveSessionsHeldAreTooFewAndSixAreEnough() {
        assertInsufficient(new HistoryBuilder().sessions(5, PRESENT, 5).inferred(),
                Message.of("leadership.missing.sessions", 5, 6));

        LeadershipProfile six = new HistoryBuilder().sessions(6, PRESENT, 6).inferred();
        assertThat(six.status()).isEqualTo(Status.OK);
        assertThat(six.primary()).isNotNull();
        assertThat(six.missing()).isEmpty();
    }

    @Test
    void leaderWhoFollowsNoTeamGetsInsufficientData() {
        LeadershipProfile profile = new HistoryBuilder().sessions(12, PRESENT, 12).leaderFollowsNoTeam().inferred();

        assertInsufficient(profile, Message.of("leadership.missing.noTeam"));
        assertThat(profile.signals().sessionsHeld()).isZero();
    }

    @Test
    void unknownLeaderIsRefusedByName() {
        assertThatThrownBy(() -> new LeadershipInference().infer(new HistoryBuilder().build(), "x9",
                HistoryBuilder.TWELVE_WEEKS))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("\"x9\"");
    }
}
