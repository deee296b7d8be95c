package nl.bordspiegel.school;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

import nl.bordspiegel.shared.Vocabulary.Sector;

/** The tenant: nobody ever sees another school's data. */
@Entity
class School {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String name;

    @Enumerated(EnumType.STRING)
    private Sector sector;

    @Column(name = "little_time_minutes")
    private int littleTimeMinutes;

    @Column(name = "much_time_minutes")
    private int muchTimeMinutes;

    @Version
    private int version;

    protected School() {
    }

    Long id() {
        return id;
    }

    String name() {
        return name;
    }

    Sector sector() {
        return sector;
    }

    int littleTimeMinutes() {
        return littleTimeMinutes;
    }

    int muchTimeMinutes() {
        return muchTimeMinutes;
    }
}
