package nl.bordspiegel.leadership;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.function.UnaryOperator;

import nl.bordspiegel.historymodel.SchoolHistory;
import nl.bordspiegel.historymodel.SchoolHistory.CoachUpdate;
import nl.bordspiegel.historymodel.SchoolHistory.Session;
import nl.bordspiegel.historymodel.SchoolHistory.Team;
import nl.bordspiegel.historymodel.SchoolHistory.VisionItem;

/** Changes to whole histories that tests need: the same school told in another order, or one session changed. */
final class Histories {

    private Histories() {
    }

    static SchoolHistory withSessions(SchoolHistory h, List<Session> sessions) {
        return new SchoolHistory(h.format(), h.school(), h.people(), h.teams(), h.goals(), sessions, h.ideas(),
                h.actions(), h.comments(), h.successes(), h.visionItems(), h.timeEntries(), h.coachUpdates(),
                h.checkIns());
    }

    static SchoolHistory withSession(SchoolHistory h, int index, UnaryOperator<Session> change) {
        List<Session> sessions = new ArrayList<>(h.sessions());
        sessions.set(index, change.apply(sessions.get(index)));
        return withSessions(h, sessions);
    }

    /** Every list, including the lists inside teams, vision items and coach updates, in a new order. */
    static SchoolHistory shuffled(SchoolHistory h, long seed) {
        Random random = new Random(seed);
        List<Team> teams = shuffle(h.teams(), random).stream()
                .map(t -> new Team(t.key(), t.name(), shuffle(t.members(), random), shuffle(t.leaders(), random),
                        shuffle(t.coaches(), random)))
                .toList();
        List<VisionItem> vision = shuffle(h.visionItems(), random).stream()
                .map(v -> new VisionItem(v.title(), v.author(), shuffle(v.coAuthors(), random), v.date()))
                .toList();
        List<CoachUpdate> updates = shuffle(h.coachUpdates(), random).stream()
                .map(u -> new CoachUpdate(u.author(), shuffle(u.to(), random), u.date(), u.text(), u.team()))
                .toList();
        return new SchoolHistory(h.format(), h.school(), shuffle(h.people(), random), teams,
                shuffle(h.goals(), random), shuffle(h.sessions(), random), shuffle(h.ideas(), random),
                shuffle(h.actions(), random), shuffle(h.comments(), random), shuffle(h.successes(), random), vision,
                shuffle(h.timeEntries(), random), updates, shuffle(h.checkIns(), random));
    }

    private static <T> List<T> shuffle(List<T> items, Random random) {
        List<T> copy = new ArrayList<>(items);
        Collections.shuffle(copy, random);
        return copy;
    }
}
