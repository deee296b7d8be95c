package nl.bordspiegel.timelog;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import nl.bordspiegel.shared.Vocabulary.TimeCategory;

/** Minutes a leader spent on the programme on one day, outside the sessions they attended. */
@Entity
@Table(name = "time_entry")
class TimeEntry {

    /** A day has 1440 minutes; more in one entry is a typing error, not a long day. */
    static final int MAX_MINUTES = 24 * 60;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "person_id", nullable = false)
    private long personId;

    @Column(name = "entry_date", nullable = false)
    private LocalDate date;

    private int minutes;

    @Enumerated(EnumType.STRING)
    private TimeCategory category;

    protected TimeEntry() {
    }

    TimeEntry(long personId, LocalDate date, int minutes, TimeCategory category) {
        if (minutes < 1 || minutes > MAX_MINUTES) {
            throw new IllegalArgumentException("minutes must be 1.." + MAX_MINUTES + ", not " + minutes);
        }
        this.personId = personId;
        this.date = java.util.Objects.requireNonNull(date, "date");
        this.minutes = minutes;
        this.category = java.util.Objects.requireNonNull(category, "category");
    }

    LoggedTime view() {
        return new LoggedTime(id, date, minutes, category);
    }

    long personId() {
        return personId;
    }
}
