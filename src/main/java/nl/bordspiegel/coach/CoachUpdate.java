package nl.bordspiegel.coach;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import nl.bordspiegel.shared.InvalidInputException;

/** A school coach's short note to one or more leaders, about one team or the school. Never edited. */
@Entity
@Table(name = "coach_update")
class CoachUpdate {

    /** The column's size; a note, not a report. */
    static final int MAX_TEXT = 2000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "school_id", nullable = false)
    private long schoolId;

    @Column(name = "author_id", nullable = false)
    private long authorId;

    @Column(name = "team_id")
    private Long teamId;

    @Column(name = "written_on", nullable = false)
    private LocalDate writtenOn;

    @Column(nullable = false)
    private String text;

    @ElementCollection
    @CollectionTable(name = "coach_update_recipient", joinColumns = @JoinColumn(name = "coach_update_id"))
    @Column(name = "person_id")
    private Set<Long> recipients = new HashSet<>();

    protected CoachUpdate() {
    }

    CoachUpdate(long schoolId, long authorId, Long teamId, LocalDate writtenOn, String text, Set<Long> recipients) {
        String trimmed = text == null ? "" : text.strip();
        if (trimmed.isEmpty()) {
            throw InvalidInputException.at("text", "coach.update.error.TEXT_EMPTY");
        }
        if (trimmed.length() > MAX_TEXT) {
            throw InvalidInputException.at("text", "coach.update.error.TEXT_TOO_LONG");
        }
        if (recipients == null || recipients.isEmpty()) {
            throw InvalidInputException.at("leaders", "coach.update.error.NO_RECIPIENT");
        }
        this.schoolId = schoolId;
        this.authorId = authorId;
        this.teamId = teamId;
        this.writtenOn = writtenOn;
        this.text = trimmed;
        this.recipients = new HashSet<>(recipients);
    }

    Long id() {
        return id;
    }
}
