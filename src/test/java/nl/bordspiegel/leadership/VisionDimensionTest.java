package nl.bordspiegel.leadership;

import static nl.bordspiegel.leadership.HistoryBuilder.LEADER;
import static nl.bordspiegel.leadership.HistoryBuilder.weeksAgo;
import static nl.bordspiegel.shared.Vocabulary.AttendanceMark.PRESENT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class VisionDimensionTest {

    /** Ten vision items by the leader in the window, {@code coWritten} of them with a teacher. */
    private static HistoryBuilder vision(int coWritten) {
        HistoryBuilder school = new HistoryBuilder().sessions(12, PRESENT, 0);
        for (int i = 0; i < 10; i++) {
            if (i < coWritten) {
                school.vision(LEADER, weeksAgo(i), "t1");
            } else {
                school.vision(LEADER, weeksAgo(i));
            }
        }
        return school;
    }

    @Test
    void visionMostlyCoWrittenWithTeachersLeansTeamplayer() {
        assertThat(vision(8).assessed(Dimension.VISION).fit(Pattern.TEAMPLAYER)).isEqualTo(1.0);
    }

    @Test
    void visionWhereTeachersCoWroteAFewLeansKeyplayer() {
        assertThat(vision(3).assessed(Dimension.VISION).fit(Pattern.KEYPLAYER)).isEqualTo(1.0);
    }

    @Test
    void visionWrittenAloneLeansFacilitator() {
        assertThat(vision(0).assessed(Dimension.VISION).fit(Pattern.FACILITATOR)).isEqualTo(1.0);
    }

    @Test
    void noVisionItemsDropsVisionAndRescalesTheOtherWeights() {
        LeadershipProfile profile = new HistoryBuilder().sessions(12, PRESENT, 3)
                .vision(LEADER, weeksAgo(13), "t1")
                .inferred();

        assertThat(profile.dimensions()).filteredOn(d -> d.dimension() == Dimension.VISION)
                .singleElement().matches(d -> !d.hasEvidence());
        double weightWithEvidence = profile.dimensions().stream().filter(DimensionResult::hasEvidence)
                .mapToDouble(d -> d.dimension().weight()).sum();
        for (Pattern pattern : Pattern.values()) {
            double expected = profile.dimensions().stream()
                    .mapToDouble(d -> d.dimension().weight() * d.fit(pattern)).sum() / weightWithEvidence;
            assertThat(profile.share(pattern)).isCloseTo(expected, within(1e-12));
        }
        assertThat(profile.profile().values().stream().mapToDouble(Double::doubleValue).sum())
                .isCloseTo(1.0, within(1e-12));
    }
}
