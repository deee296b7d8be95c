package nl.bordspiegel.leadership;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import nl.bordspiegel.historymodel.SchoolHistory;
import nl.bordspiegel.leadership.LeadershipProfile.Confidence;
import nl.bordspiegel.leadership.LeadershipProfile.Status;

/**
 * From recorded behaviour to a leadership pattern: signals, then a fit per dimension, then
 * the weighted profile. A pure function of the history, the leader, the window and the
 * school's settings.
 */
public final class LeadershipInference {

    /** Fewer sessions than this say too little about a leader to show a pattern at all. */
    public static final int SESSIONS_NEEDED = 6;
    /** From this many sessions (a term of weekly sessions) confidence can be high. */
    static final int SESSIONS_FOR_HIGH_CONFIDENCE = 12;
    /** Two patterns this close are shown as "between X and Y" rather than as one. */
    static final double MIXED_MARGIN = 0.10;
    /** Guards the margin against floating-point noise in shares that are equal on paper. */
    private static final double ROUNDING_TOLERANCE = 1e-9;
    /** The trend's cycles are the programme's 6-week improvement cycles. */
    public static final int CYCLE_WEEKS = 6;

    private final List<DimensionRule> rules;

    public LeadershipInference() {
        this(Settings.DEFAULTS);
    }

    public LeadershipInference(Settings settings) {
        this.rules = List.of(new PresenceRule(), new TimeInvestmentRule(settings), new ResponsibilityRule(),
                new DevelopmentRule(), new MotivatingRule(), new VisionRule());
    }

    /** @throws IllegalArgumentException when {@code leaderKey} is no person of the school */
    public LeadershipProfile infer(SchoolHistory history, String leaderKey, Window window) {
        Observations seen = Observations.of(history, leaderKey, window);
        Signals signals = Signals.of(seen);
        if (!seen.followsTeam()) {
            return insufficient(signals, Message.of("leadership.missing.noTeam"));
        }
        if (seen.sessionsHeld() < SESSIONS_NEEDED) {
            return insufficient(signals, Message.of("leadership.missing.sessions", seen.sessionsHeld(), SESSIONS_NEEDED));
        }
        List<DimensionResult> dimensions = rules.stream().map(rule -> rule.assess(seen)).toList();
        Map<Pattern, Double> profile = weigh(dimensions);
        List<Pattern> ranked = profile.keySet().stream()
                .sorted(Comparator.comparing((Pattern p) -> profile.get(p)).reversed()
                        .thenComparing(Comparator.naturalOrder()))
                .toList();
        Pattern primary = ranked.get(0);
        Pattern runnerUp = ranked.get(1);
        boolean mixed = profile.get(primary) - profile.get(runnerUp) <= MIXED_MARGIN + ROUNDING_TOLERANCE;
        return new LeadershipProfile(Status.OK, primary, mixed ? runnerUp : null,
                confidence(seen.sessionsHeld(), dimensions, primary), profile, signals, dimensions, List.of());
    }

    /**
     * The same inference for {@code cycles} consecutive 6-week cycles, the last one ending on
     * {@code at}; oldest first, as a trend chart reads.
     */
    public List<CycleProfile> trend(SchoolHistory history, String leaderKey, LocalDate at, int cycles) {
        List<CycleProfile> trend = new ArrayList<>();
        Window cycle = new Window(at, CYCLE_WEEKS);
        for (int i = 0; i < cycles; i++) {
            trend.add(new CycleProfile(cycle, infer(history, leaderKey, cycle)));
            cycle = cycle.previous();
        }
        Collections.reverse(trend);
        return List.copyOf(trend);
    }

    /** Dimensions without evidence drop out; the weights of the others are rescaled to sum to 1. */
    private static Map<Pattern, Double> weigh(List<DimensionResult> dimensions) {
        List<DimensionResult> withEvidence = dimensions.stream().filter(DimensionResult::hasEvidence).toList();
        double totalWeight = withEvidence.stream().mapToDouble(d -> d.dimension().weight()).sum();
        Map<Pattern, Double> profile = new EnumMap<>(Pattern.class);
        for (Pattern pattern : Pattern.values()) {
            double weighted = withEvidence.stream().mapToDouble(d -> d.dimension().weight() * d.fit(pattern)).sum();
            profile.put(pattern, weighted / totalWeight);
        }
        return profile;
    }

    /** High needs a term of sessions and at least two thirds of the dimensions with evidence to favour the primary. */
    private static Confidence confidence(int sessionsHeld, List<DimensionResult> dimensions, Pattern primary) {
        long withEvidence = dimensions.stream().filter(DimensionResult::hasEvidence).count();
        long agreeing = dimensions.stream().filter(d -> d.favours(primary)).count();
        boolean high = sessionsHeld >= SESSIONS_FOR_HIGH_CONFIDENCE && 3 * agreeing >= 2 * withEvidence;
        return high ? Confidence.HIGH : Confidence.MEDIUM;
    }

    /** Too little data is low confidence by definition: there is no pattern to be sure of. */
    private static LeadershipProfile insufficient(Signals signals, Message missing) {
        return new LeadershipProfile(Status.INSUFFICIENT_DATA, null, null, Confidence.LOW,
                Map.of(), signals, List.of(), List.of(missing));
    }
}
