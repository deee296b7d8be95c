package nl.bordspiegel.mirror;

import java.time.LocalDate;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import nl.bordspiegel.leadership.Pattern;

/** A leader's private reflection, dated, with the pattern the mirror showed at that moment. */
@Entity
@Table(name = "journal_entry")
class JournalEntry {

    static final int MAX_TEXT = 4000;
    static final int MAX_PROMPT = 1000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "leader_id", nullable = false)
    private long leaderId;

    @Column(name = "written_on", nullable = false)
    private LocalDate writtenOn;

    private String prompt;

    private String text;

    @Enumerated(EnumType.STRING)
    private Pattern pattern;

    @Enumerated(EnumType.STRING)
    @Column(name = "mixed_with")
    private Pattern mixedWith;

    @Version
    private int version;

    protected JournalEntry() {
    }

    JournalEntry(long leaderId, LocalDate writtenOn, String prompt, String text, Pattern pattern, Pattern mixedWith) {
        String trimmed = text == null ? "" : text.strip();
        if (trimmed.isEmpty() || trimmed.length() > MAX_TEXT) {
            throw new IllegalArgumentException("a journal entry has 1.." + MAX_TEXT + " characters");
        }
        this.leaderId = leaderId;
        this.writtenOn = Objects.requireNonNull(writtenOn);
        this.prompt = prompt == null || prompt.isBlank() ? null
                : prompt.strip().substring(0, Math.min(prompt.strip().length(), MAX_PROMPT));
        this.text = trimmed;
        this.pattern = pattern;
        this.mixedWith = pattern == null ? null : mixedWith;
    }

    long leaderId() {
        return leaderId;
    }

    JournalView view() {
        return new JournalView(id, writtenOn, prompt, text, pattern, mixedWith);
    }
}
