package nl.bordspiegel.leadership;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Predicate;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import nl.bordspiegel.historymodel.SchoolHistory;
import nl.bordspiegel.historymodel.SchoolHistory.Session;
import nl.bordspiegel.shared.Vocabulary.AttendanceMark;

/**
 * Property-style: over many generated leaders, being there more never makes a leader look
 * more like a Facilitator, and leading more always makes them look more like a Keyplayer.
 */
class MonotonicityTest {

    private static final String LEADER = "l1";
    private static final double NOISE = 1e-12;
    private final LeadershipInference inference = new LeadershipInference();

    private static LeaderBehaviour randomBehaviour(Random random) {
        return new LeaderBehaviour(0.1 + 0.85 * random.nextDouble(), random.nextDouble(), 4 * random.nextDouble(),
                1.5 * random.nextDouble(), random.nextDouble(), random.nextDouble(), 2 * random.nextDouble(),
                0.5 * random.nextDouble(), random.nextInt(13), random.nextDouble(), random.nextDouble(),
                random.nextBoolean(), random.nextBoolean());
    }

    private record Generated(SchoolHistory history, Window window) {
    }

    private static Generated generated(long seed) {
        SyntheticSchool school = SyntheticSchool.of(seed, 2, 1).leader(LEADER, randomBehaviour(new Random(seed)));
        return new Generated(school.build(), new Window(school.end(), 12));
    }

    /** Indexes of held sessions in the window of teams the leader follows (every generated team but the last). */
    private static List<Integer> heldInScope(Generated school, Predicate<Session> also) {
        List<Session> sessions = school.history().sessions();
        return IntStream.range(0, sessions.size())
                .filter(i -> !sessions.get(i).cancelled() && school.window().contains(sessions.get(i).date()))
                .filter(i -> school.history().teams().stream()
                        .anyMatch(t -> t.key().equals(sessions.get(i).team()) && t.leaders().contains(LEADER)))
                .filter(i -> also.test(sessions.get(i)))
                .boxed().toList();
    }

    private static Session marked(Session session, AttendanceMark mark) {
        Map<String, AttendanceMark> attendance = new HashMap<>(session.attendance());
        attendance.put(LEADER, mark);
        return new Session(session.team(), session.date(), session.durationMinutes(), session.ledBy(),
                session.cancelled(), session.cancelReason(), attendance);
    }

    private static Session ledByLeader(Session session) {
        return new Session(session.team(), session.date(), session.durationMinutes(), LEADER, session.cancelled(),
                session.cancelReason(), session.attendance());
    }

    private double activeShare(LeadershipProfile profile) {
        return profile.share(Pattern.TEAMPLAYER) + profile.share(Pattern.KEYPLAYER);
    }

    @Test
    void attendingOneMoreSessionNeverLowersTheActiveShareForAnyGeneratedLeader() {
        for (long seed = 1; seed <= 40; seed++) {
            Generated school = generated(seed);
            SchoolHistory history = school.history();
            double before = activeShare(inference.infer(history, LEADER, school.window()));
            for (int index : heldInScope(school, s -> s.attendance().get(LEADER) != AttendanceMark.PRESENT
                    && !LEADER.equals(s.ledBy()))) {
                history = Histories.withSession(history, index, s -> marked(s, AttendanceMark.PRESENT));
                double after = activeShare(inference.infer(history, LEADER, school.window()));
                assertThat(after).as("seed %d, session %d", seed, index).isGreaterThanOrEqualTo(before - NOISE);
                before = after;
            }
        }
    }

    @Test
    void leadingOneMoreAttendedSessionRaisesTheKeyplayerShareForAnyGeneratedLeader() {
        for (long seed = 1; seed <= 40; seed++) {
            Generated school = generated(seed);
            SchoolHistory history = school.history();
            double before = inference.infer(history, LEADER, school.window()).share(Pattern.KEYPLAYER);
            for (int index : heldInScope(school, s -> s.attendance().get(LEADER) == AttendanceMark.PRESENT
                    && !LEADER.equals(s.ledBy()))) {
                history = Histories.withSession(history, index, MonotonicityTest::ledByLeader);
                double after = inference.infer(history, LEADER, school.window()).share(Pattern.KEYPLAYER);
                assertThat(after).as("seed %d, session %d", seed, index).isGreaterThan(before);
                before = after;
            }
        }
    }

    @ParameterizedTest
    @ValueSource(longs = {31, 32, 33, 34})
    void oneExtraOrOneFewerAttendedSessionNeverFlipsAClearCutLeader(long seed) {
        for (LeaderBehaviour behaviour : List.of(LeaderBehaviour.keyplayer(), LeaderBehaviour.teamplayer(),
                LeaderBehaviour.facilitator())) {
            SyntheticSchool synthetic = SyntheticSchool.of(seed, 3, 1).leader(LEADER, behaviour);
            Generated school = new Generated(synthetic.build(), new Window(synthetic.end(), 12));
            Pattern primary = inference.infer(school.history(), LEADER, school.window()).primary();
            for (AttendanceMark from : List.of(AttendanceMark.ABSENT, AttendanceMark.PRESENT)) {
                AttendanceMark to = from == AttendanceMark.ABSENT ? AttendanceMark.PRESENT : AttendanceMark.ABSENT;
                for (int index : heldInScope(school, s -> s.attendance().get(LEADER) == from
                        && !LEADER.equals(s.ledBy()))) {
                    SchoolHistory changed = Histories.withSession(school.history(), index, s -> marked(s, to));
                    assertThat(inference.infer(changed, LEADER, school.window()).primary()).isEqualTo(primary);
                }
            }
        }
    }
}
