package nl.bordspiegel.mirror;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

import nl.bordspiegel.leadership.Dimension;
import nl.bordspiegel.leadership.LeadershipProfile;
import nl.bordspiegel.leadership.Message;
import nl.bordspiegel.leadership.Pattern;

/**
 * What a leader shares with a coach: the pattern, the evidence and the journal entries they
 * chose, frozen on the day of sharing. Texts stay keys with numbers, so the coach reads them
 * in their own language.
 */
public record Snapshot(long id, String leaderName, LocalDateTime sharedAt, LocalDate windowFirst, LocalDate windowAt,
                       LeadershipProfile.Status status, Pattern primary, Pattern mixedWith,
                       LeadershipProfile.Confidence confidence, Map<Pattern, Double> shares,
                       List<Evidence> evidence, List<Message> missing, List<SharedEntry> journal) {

    public Snapshot {
        shares = shares == null ? Map.of() : Map.copyOf(shares);
        evidence = List.copyOf(evidence);
        missing = List.copyOf(missing);
        journal = List.copyOf(journal);
    }

    /** One dimension as the leader saw it: whether it had evidence, the pattern it fits best, the sentence. */
    public record Evidence(Dimension dimension, Pattern fitsBest, Message sentence) {
    }

    public record SharedEntry(LocalDate writtenOn, String prompt, String text, Pattern pattern, Pattern mixedWith) {
    }

    Snapshot withId(long newId) {
        return new Snapshot(newId, leaderName, sharedAt, windowFirst, windowAt, status, primary, mixedWith, confidence,
                shares, evidence, missing, journal);
    }
}
