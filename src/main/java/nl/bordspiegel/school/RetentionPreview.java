package nl.bordspiegel.school;

import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

import nl.bordspiegel.shared.SchoolData.Kind;

/**
 * What data retention would touch in the admin's school: the cut-off date and, per kind, how
 * many rows are older than it. When the school keeps everything ({@code retentionYears} is
 * null) there is no cut-off and nothing to count.
 */
public record RetentionPreview(Integer retentionYears, LocalDate cutOff, Map<Kind, Long> counts) {

    public RetentionPreview {
        counts = counts.isEmpty() ? Map.of() : Collections.unmodifiableMap(new EnumMap<>(counts));
    }

    static RetentionPreview keepEverything() {
        return new RetentionPreview(null, null, Map.of());
    }

    /** False when the school keeps all its data: then there is nothing to preview or apply. */
    public boolean retentionSet() {
        return cutOff != null;
    }

    public long count(Kind kind) {
        return counts.getOrDefault(kind, 0L);
    }

    /** Rows older than the cut-off, without the people (who are anonymised, never deleted). */
    public long total() {
        return counts.entrySet().stream().filter(entry -> entry.getKey() != Kind.FORMER_STAFF)
                .mapToLong(Map.Entry::getValue).sum();
    }
}
