package nl.bordspiegel.leadership;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The inferred pattern of one leader in one window: a mirror, not a score. With status
 * {@code INSUFFICIENT_DATA}, {@code primary} and {@code mixedWith} are null, {@code profile}
 * and {@code dimensions} are empty and {@code missing} says what is missing; otherwise
 * {@code missing} is empty. Shares are unrounded: round only where they are shown.
 */
public record LeadershipProfile(
        Status status,
        Pattern primary,
        Pattern mixedWith,
        Confidence confidence,
        Map<Pattern, Double> profile,
        Signals signals,
        List<DimensionResult> dimensions,
        List<Message> missing) {

    public enum Status { OK, INSUFFICIENT_DATA }

    public enum Confidence { HIGH, MEDIUM, LOW }

    public LeadershipProfile {
        profile = Collections.unmodifiableMap(profile.isEmpty() ? Map.of() : new EnumMap<>(profile));
        dimensions = List.copyOf(dimensions);
        missing = List.copyOf(missing);
    }

    /** 0 for every pattern when the data is insufficient. */
    public double share(Pattern pattern) {
        return profile.getOrDefault(pattern, 0.0);
    }

    /**
     * The shares rounded to {@code decimals}, still summing to exactly 1: the rounding
     * remainder goes to the shares that lost most by rounding (ties in pattern order).
     */
    public Map<Pattern, Double> roundedProfile(int decimals) {
        if (profile.isEmpty()) {
            return Map.of();
        }
        long unit = BigDecimal.TEN.pow(decimals).longValueExact();
        Map<Pattern, Long> units = new EnumMap<>(Pattern.class);
        profile.forEach((pattern, share) -> units.put(pattern, (long) Math.floor(share * unit)));
        long left = unit - units.values().stream().mapToLong(Long::longValue).sum();
        profile.keySet().stream()
                .sorted(Comparator.comparingDouble((Pattern p) -> units.get(p) - profile.get(p) * unit)
                        .thenComparing(Comparator.naturalOrder()))
                .limit(Math.max(0, left))
                .forEach(pattern -> units.merge(pattern, 1L, Long::sum));
        Map<Pattern, Double> rounded = new EnumMap<>(Pattern.class);
        units.forEach((pattern, count) -> rounded.put(pattern,
                BigDecimal.valueOf(count, decimals).doubleValue()));
        return Collections.unmodifiableMap(rounded);
    }
}
