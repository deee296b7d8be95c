package nl.bordspiegel.timelog;

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

import nl.bordspiegel.shared.InvalidInputException;
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
        this.personId = personId;
        change(date, minutes, category);
    }

    void change(LocalDate newDate, int newMinutes, TimeCategory newCategory) {
        if (newMinutes < 1 || newMinutes > MAX_MINUTES) {
            throw InvalidInputException.at("minutes", "timelog.input.minutes", MAX_MINUTES);
        }
        this.date = Objects.requireNonNull(newDate, "date");
        this.minutes = newMinutes;
        this.category = Objects.requireNonNull(newCategory, "category");
    }

    LoggedTime view() {
        return new LoggedTime(id, date, minutes, category);
    }

    long personId() {
        return personId;
    }
}
