package nl.bordspiegel.mirror;

import java.util.Map;

import nl.bordspiegel.leadership.Pattern;

/**
 * How teachers see the leader, only as counts per pattern, and only once at least
 * {@link MirrorService#TEAM_VIEW_MINIMUM} answered: below that the counts are empty, so no
 * answer can be traced to a teacher.
 */
public record TeamView(int answers, Map<Pattern, Integer> recognised, Map<Pattern, Integer> wished) {

    public TeamView {
        recognised = Map.copyOf(recognised);
        wished = Map.copyOf(wished);
    }

    public boolean revealed() {
        return !recognised.isEmpty();
    }
}
