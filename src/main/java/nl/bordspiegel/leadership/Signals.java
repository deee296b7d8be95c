package nl.bordspiegel.leadership;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The spec's signals, under the spec's names, unrounded. Shares whose denominator is empty
 * are 0 (as the spec says for {@code ledShare}); the dimension results tell whether there
 * was evidence at all.
 */
public record Signals(
        int sessionsHeld,
        double attendanceRate,
        double ledShare,
        double inquiryPerSession,
        double directiveShare,
        double ownedShare,
        double bottomUpShare,
        double hoursPerWeek,
        boolean alsoCoach,
        double visionCoCreation,
        int coachUpdates) {

    static Signals of(Observations seen) {
        return new Signals(
                seen.sessionsHeld(),
                seen.attendanceRate(),
                seen.ledShare(),
                seen.inquiryPerSession(),
                seen.directiveShare(),
                seen.ownedShare(),
                seen.bottomUpShare(),
                seen.hoursPerWeek(),
                seen.alsoCoach(),
                seen.visionCoCreation(),
                seen.coachUpdates());
    }

    /** The signals by their spec name, in the spec's order: the {@code signals} object of {@code analyze}. */
    public Map<String, Object> asMap() {
        Map<String, Object> byName = new LinkedHashMap<>();
        byName.put("sessionsHeld", sessionsHeld);
        byName.put("attendanceRate", attendanceRate);
        byName.put("ledShare", ledShare);
        byName.put("inquiryPerSession", inquiryPerSession);
        byName.put("directiveShare", directiveShare);
        byName.put("ownedShare", ownedShare);
        byName.put("bottomUpShare", bottomUpShare);
        byName.put("hoursPerWeek", hoursPerWeek);
        byName.put("alsoCoach", alsoCoach);
        byName.put("visionCoCreation", visionCoCreation);
        byName.put("coachUpdates", coachUpdates);
        return Collections.unmodifiableMap(byName);
    }
}
