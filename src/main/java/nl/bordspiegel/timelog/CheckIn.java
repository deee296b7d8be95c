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

import nl.bordspiegel.shared.Vocabulary.TimeFeeling;

/** How the time on the programme felt to a leader on one day: too little, right or too much. */
@Entity
@Table(name = "check_in")
class CheckIn {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "person_id", nullable = false)
    private long personId;

    @Column(name = "check_in_date", nullable = false)
    private LocalDate date;

    @Enumerated(EnumType.STRING)
    @Column(name = "time_feeling")
    private TimeFeeling feeling;

    protected CheckIn() {
    }

    CheckIn(long personId, LocalDate date, TimeFeeling feeling) {
        this.personId = personId;
        this.date = Objects.requireNonNull(date, "date");
        this.feeling = Objects.requireNonNull(feeling, "feeling");
    }

    LocalDate date() {
        return date;
    }

    TimeFeeling feeling() {
        return feeling;
    }
}
