package nl.bordspiegel.school;

import java.time.LocalDate;

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

    @Column(name = "school_year_start")
    private LocalDate schoolYearStart;

    @Column(name = "school_year_end")
    private LocalDate schoolYearEnd;

    @Column(name = "retention_years")
    private Integer retentionYears;

    /** The demo school, whose published password works nowhere else. Set by its import only. */
    @Column(name = "demo", insertable = false, updatable = false)
    private boolean demo;

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

    boolean demo() {
        return demo;
    }

    int littleTimeMinutes() {
        return littleTimeMinutes;
    }

    int muchTimeMinutes() {
        return muchTimeMinutes;
    }

    SchoolSettings settings() {
        return new SchoolSettings(littleTimeMinutes, muchTimeMinutes, schoolYearStart, schoolYearEnd, retentionYears);
    }

    /** Settings are checked as a whole, so a school never holds a half-valid combination. */
    void changeSettings(SchoolSettings settings) {
        settings.requireValid();
        this.littleTimeMinutes = settings.littleTimeMinutes();
        this.muchTimeMinutes = settings.muchTimeMinutes();
        this.schoolYearStart = settings.schoolYearStart();
        this.schoolYearEnd = settings.schoolYearEnd();
        this.retentionYears = settings.retentionYears();
    }
}
