package nl.bordspiegel.leadership;

import static nl.bordspiegel.leadership.HistoryBuilder.LEADER;
import static nl.bordspiegel.leadership.HistoryBuilder.weeksAgo;
import static nl.bordspiegel.shared.Vocabulary.AttendanceMark.PRESENT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import nl.bordspiegel.leadership.LeadershipProfile.Confidence;

/** The combined result: primary, "between X and Y", confidence and the shares themselves. */
class ProfileTest {

    /** Leads all 12 sessions and spends 4 hours a week: every dimension with evidence says Keyplayer. */
    private static HistoryBuilder keyplayer(int sessions) {
        return new HistoryBuilder().sessions(sessions, PRESENT, sessions).time(LEADER, weeksAgo(1), 12 * 4 * 60);
    }

    /** Leads two in three sessions, says little, spends 2 hours a week: between Teamplayer and Keyplayer. */
    private static HistoryBuilder betweenTeamplayerAndKeyplayer() {
        return new HistoryBuilder().sessions(12, PRESENT, 8).time(LEADER, weeksAgo(1), 12 * 2 * 60 - 180);
    }

    /** Leads every session, but invests little, owns nothing, writes the vision alone: dimensions disagree. */
    private static HistoryBuilder dividedLeader() {
        HistoryBuilder school = new HistoryBuilder().sessions(12, PRESENT, 12).vision(LEADER, weeksAgo(2));
        for (int week = 0; week < 12; week++) {
            school.action("a", "t1", "t1", weeksAgo(week));
        }
        return school;
    }

    @Test
    void dimensionWeightsFollowTheSpecAndSumToOne() {
        assertThat(Dimension.PRESENCE.weight()).isEqualTo(0.25);
        assertThat(Dimension.VISION.weight()).isEqualTo(0.10);
        assertThat(Arrays.stream(Dimension.values()).mapToDouble(Dimension::weight).sum()).isCloseTo(1.0, within(1e-12));
    }

    @Test
    void clearLeaderHasNoSecondPattern() {
        LeadershipProfile profile = keyplayer(12).inferred();

        assertThat(profile.primary()).isEqualTo(Pattern.KEYPLAYER);
        assertThat(profile.mixedWith()).isNull();
    }

    @Test
    void leaderBetweenTwoPatternsWithinATenthIsShownAsMixed() {
        LeadershipProfile profile = betweenTeamplayerAndKeyplayer().inferred();

        assertThat(profile.primary()).isEqualTo(Pattern.TEAMPLAYER);
        assertThat(profile.mixedWith()).isEqualTo(Pattern.KEYPLAYER);
        assertThat(profile.share(Pattern.TEAMPLAYER) - profile.share(Pattern.KEYPLAYER)).isBetween(0.0, 0.10);
    }

    @Test
    void twelveSessionsWithAgreeingDimensionsGiveHighConfidence() {
        assertThat(keyplayer(12).inferred().confidence()).isEqualTo(Confidence.HIGH);
    }

    @Test
    void fewerThanTwelveSessionsGiveMediumConfidence() {
        LeadershipProfile profile = keyplayer(8).inferred();

        assertThat(profile.primary()).isEqualTo(Pattern.KEYPLAYER);
        assertThat(profile.confidence()).isEqualTo(Confidence.MEDIUM);
    }

    @Test
    void dimensionsThatDisagreeGiveMediumConfidenceDespiteTwelveSessions() {
        LeadershipProfile profile = dividedLeader().inferred();

        long agreeing = profile.dimensions().stream().filter(d -> d.favours(profile.primary())).count();
        long withEvidence = profile.dimensions().stream().filter(DimensionResult::hasEvidence).count();
        assertThat(3 * agreeing).isLessThan(2 * withEvidence);
        assertThat(profile.confidence()).isEqualTo(Confidence.MEDIUM);
    }

    @Test
    void tooFewSessionsGiveLowConfidence() {
        assertThat(keyplayer(5).inferred().confidence()).isEqualTo(Confidence.LOW);
    }

    @Test
    void sharesSumToOneAndRoundedSharesSumToExactlyOne() {
        for (HistoryBuilder school : new HistoryBuilder[] {keyplayer(12), betweenTeamplayerAndKeyplayer(), dividedLeader()}) {
            LeadershipProfile profile = school.inferred();
            assertThat(profile.profile().values().stream().mapToDouble(Double::doubleValue).sum())
                    .isCloseTo(1.0, within(1e-12));

            Map<Pattern, Double> rounded = profile.roundedProfile(2);
            assertThat(rounded.values().stream().map(BigDecimal::valueOf).reduce(BigDecimal.ZERO, BigDecimal::add))
                    .isEqualByComparingTo("1.00");
            rounded.forEach((pattern, share) -> assertThat(share).isCloseTo(profile.share(pattern), within(0.01)));
        }
    }

    @Test
    void roundingGivesTheLeftoverToTheShareClosestToRoundingUp() {
        LeadershipProfile thirds = new LeadershipProfile(LeadershipProfile.Status.OK, Pattern.TEAMPLAYER, null,
                Confidence.MEDIUM, Map.of(Pattern.TEAMPLAYER, 0.336, Pattern.KEYPLAYER, 0.333, Pattern.FACILITATOR, 0.331),
                null, List.of(), List.of());

        assertThat(thirds.roundedProfile(2)).containsEntry(Pattern.TEAMPLAYER, 0.34)
                .containsEntry(Pattern.KEYPLAYER, 0.33).containsEntry(Pattern.FACILITATOR, 0.33);
    }
}
