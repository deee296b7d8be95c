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
import nl.bordspiegel.shared.InvalidInputException;

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

    /** Refuses (never cuts short) a text or prompt too long for its column, before the database sees it. */
    JournalEntry(long leaderId, LocalDate writtenOn, String prompt, String text, Pattern pattern, Pattern mixedWith) {
        String asked = prompt == null || prompt.isBlank() ? null : prompt.strip();
        if (asked != null && asked.length() > MAX_PROMPT) {
            throw InvalidInputException.at("prompt", "security.input.tooLong",
                    new InvalidInputException.MessageArg("mirror.journal.field.prompt"), MAX_PROMPT);
        }
        this.leaderId = leaderId;
        this.writtenOn = Objects.requireNonNull(writtenOn);
        this.prompt = asked;
        this.text = checkedText(text);
        this.pattern = pattern;
        this.mixedWith = pattern == null ? null : mixedWith;
    }

    /** The leader rewrites her reflection; its date and the pattern it was written under stay. */
    void rewrite(String newText) {
        this.text = checkedText(newText);
    }

    /** The text as stored, or a refusal at the text field: empty or longer than its column. */
    static String checkedText(String text) {
        String trimmed = text == null ? "" : text.strip();
        if (trimmed.isEmpty()) {
            throw InvalidInputException.at("text", "mirror.journal.empty");
        }
        if (trimmed.length() > MAX_TEXT) {
            throw InvalidInputException.at("text", "security.input.tooLong",
                    new InvalidInputException.MessageArg("mirror.journal.field.text"), MAX_TEXT);
        }
        return trimmed;
    }

    long leaderId() {
        return leaderId;
    }

    JournalView view() {
        return new JournalView(id, writtenOn, prompt, text, pattern, mixedWith);
    }
}
