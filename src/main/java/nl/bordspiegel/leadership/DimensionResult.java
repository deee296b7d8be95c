package nl.bordspiegel.leadership;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/**
 * How one dimension fits each pattern (fits sum to 1), with the sentence and numbers behind
 * it. An empty {@code fit} means no evidence: the dimension then drops out of the profile.
 */
public record DimensionResult(Dimension dimension, Map<Pattern, Double> fit, Message evidence) {

    public DimensionResult {
        fit = Collections.unmodifiableMap(fit.isEmpty() ? Map.of() : new EnumMap<>(fit));
    }

    /** Normalises the three affinities so they read as shares of this dimension's vote. */
    static DimensionResult of(Dimension dimension, double teamplayer, double keyplayer, double facilitator,
                              Message evidence) {
        double total = teamplayer + keyplayer + facilitator;
        if (!(total > 0)) {
            throw new IllegalStateException(dimension + " gave no affinity to any pattern");
        }
        Map<Pattern, Double> fit = new EnumMap<>(Pattern.class);
        fit.put(Pattern.TEAMPLAYER, teamplayer / total);
        fit.put(Pattern.KEYPLAYER, keyplayer / total);
        fit.put(Pattern.FACILITATOR, facilitator / total);
        return new DimensionResult(dimension, fit, evidence);
    }

    static DimensionResult noEvidence(Dimension dimension, Message evidence) {
        return new DimensionResult(dimension, Map.of(), evidence);
    }

    public boolean hasEvidence() {
        return !fit.isEmpty();
    }

    /** 0 for every pattern when there is no evidence. */
    public double fit(Pattern pattern) {
        return fit.getOrDefault(pattern, 0.0);
    }

    /** Whether {@code pattern} fits this dimension at least as well as any other (ties agree). */
    boolean favours(Pattern pattern) {
        return hasEvidence() && fit.values().stream().allMatch(other -> fit(pattern) >= other);
    }
}
